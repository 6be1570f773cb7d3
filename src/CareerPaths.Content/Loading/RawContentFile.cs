namespace CareerPaths.Content.Loading;

/// <summary>A content file's bytes as read from disk, before decoding: the input of every later stage.</summary>
/// <param name="Path">Relative to the content folder, with forward slashes.</param>
internal sealed record RawContentFile(string Path, byte[] Bytes);
