using CareerPaths.Content.Diagnostics;
namespace CareerPaths.Content.Model;

/// <summary>
/// Where an entry came from: its file (relative to the content folder, with forward slashes)
/// and the position of each field, so that later checks can point at the exact line.
/// </summary>
public sealed record SourceRef(string Path, IReadOnlyDictionary<string, TextPosition> Fields)
{
    public TextPosition At(string field) =>
        Fields.TryGetValue(field, out var position) ? position : TextPosition.StartOfFile;
}
