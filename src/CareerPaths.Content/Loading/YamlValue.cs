namespace CareerPaths.Content.Loading;

/// <summary>
/// A YAML value as the content readers see it: text (<see cref="YamlScalarValue"/>), a list
/// (<see cref="YamlListValue"/>) or a mapping (<see cref="YamlMapValue"/>), with the line and
/// column, counted from 1 in the YAML text, where it starts. <see cref="YamlFastPath"/> builds
/// these straight from the text, and <see cref="YamlTree"/> from YamlDotNet's parser events.
/// </summary>
internal abstract class YamlValue(int line, int column)
{
    public int Line { get; } = line;

    public int Column { get; } = column;
}
