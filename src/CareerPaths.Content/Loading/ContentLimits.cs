namespace CareerPaths.Content.Loading;

/// <summary>
/// Bounds on what one content file may hold. Real content sits far below each of them; they exist
/// so that a hostile or broken file (a 50 MB paste, an alias bomb, nesting thousands deep) is
/// reported in bounded time and memory instead of hanging or exhausting the process.
/// content/README.md lists them for editors.
/// </summary>
public static class ContentLimits
{
    /// <summary>The largest content file read: 1 MiB, about fifty times the longest real page.</summary>
    public const long MaxFileBytes = 1024 * 1024;

    /// <summary>
    /// How deeply YAML lists and mappings may nest. Real files nest four deep at most; the limit
    /// also keeps the recursive YAML loader well away from the end of the stack.
    /// </summary>
    public const int MaxYamlDepth = 32;

    /// <summary>
    /// How many values one YAML file may hold once every alias (*name) is expanded. An alias bomb
    /// ("billion laughs") doubles with each line and passes this within a few lines.
    /// </summary>
    public const int MaxYamlValues = 100_000;
}
