namespace CareerPaths.Content.Loading;

/// <summary>A content file read as text: its path relative to the content folder (forward slashes) and its UTF-8 text, BOM removed.</summary>
public sealed record ContentFile(string Path, string Text)
{
    /// <summary>The file name without its extension, which is the slug of the entry it holds.</summary>
    public string Slug => System.IO.Path.GetFileNameWithoutExtension(Path);

    public string Folder => Path.Contains('/', StringComparison.Ordinal) ? Path[..Path.IndexOf('/', StringComparison.Ordinal)] : string.Empty;
}
