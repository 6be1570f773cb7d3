namespace CareerPaths.Content.Loading;

/// <summary>A mapping of keys to values, in the order written; keys are usually, but not always, text.</summary>
internal sealed class YamlMapValue(IReadOnlyList<KeyValuePair<YamlValue, YamlValue>> entries, int line, int column) : YamlValue(line, column)
{
    public IReadOnlyList<KeyValuePair<YamlValue, YamlValue>> Entries { get; } = entries;
}
