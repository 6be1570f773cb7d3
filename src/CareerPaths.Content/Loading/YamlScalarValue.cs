namespace CareerPaths.Content.Loading;

/// <summary>A piece of text, as written (quotes removed, nothing converted to numbers or dates).</summary>
internal sealed class YamlScalarValue(string text, int line, int column) : YamlValue(line, column)
{
    public string Text { get; } = text;
}
