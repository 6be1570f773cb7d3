namespace CareerPaths.Content.Diagnostics;

/// <summary>A 1-based line and column in a content file; 0 means "not known".</summary>
public readonly record struct TextPosition(int Line, int Column)
{
    public static readonly TextPosition Unknown = new(0, 0);

    public static TextPosition StartOfFile => new(1, 1);
}
