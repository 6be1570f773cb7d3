namespace CareerPaths.Content.Loading;

/// <summary>A list, written [a, b] or as lines starting "- ".</summary>
internal sealed class YamlListValue(IReadOnlyList<YamlValue> items, int line, int column) : YamlValue(line, column)
{
    public IReadOnlyList<YamlValue> Items { get; } = items;
}
