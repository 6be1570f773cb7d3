
namespace CareerPaths.Content.Diagnostics;

/// <summary>
/// Collects every problem found while loading, so an editor sees them all at once rather than
/// fixing one, reloading and meeting the next.
/// </summary>
public sealed class ContentErrors
{
    private readonly List<ContentError> _items = [];
    private readonly string _displayRoot;

    /// <param name="displayRoot">How the content folder is shown in messages, such as "content".</param>
    public ContentErrors(string displayRoot)
    {
        ArgumentNullException.ThrowIfNull(displayRoot);
        _displayRoot = displayRoot.TrimEnd('/', '\\');
    }

    /// <summary>A new, empty list that shows paths the same way, for work done in parallel and merged later.</summary>
    public ContentErrors CreateEmpty() => new(_displayRoot);

    public void AddRange(ContentErrors other)
    {
        ArgumentNullException.ThrowIfNull(other);
        _items.AddRange(other._items);
    }

    public bool HasErrors => _items.Exists(e => e.IsError);

    /// <param name="path">The file relative to the content folder, with forward slashes.</param>
    public void Add(string path, TextPosition position, string message) =>
        _items.Add(new ContentError(Display(path), position, message));

    public void Warn(string path, TextPosition position, string message) =>
        _items.Add(new ContentError(Display(path), position, message, ErrorSeverity.Warning));

    public string Display(string path) => _displayRoot.Length == 0 ? path : $"{_displayRoot}/{path}";

    /// <summary>Errors in file and line order, as an editor would work through them.</summary>
    public IReadOnlyList<ContentError> Sorted() =>
        [.. _items.OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Position.Line).ThenBy(e => e.Position.Column)];
}
