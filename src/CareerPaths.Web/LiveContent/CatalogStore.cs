using CareerPaths.Content;

using CareerPaths.Content.Search;

namespace CareerPaths.Web.LiveContent;

/// <summary>
/// Holds the current <see cref="CatalogSnapshot"/>. A reload builds a whole new catalog off the
/// request path and swaps the reference in one step, so a request always reads one consistent
/// version and never waits for a load.
/// </summary>
public sealed class CatalogStore
{
    private readonly Lock _applyLock = new();
    private CatalogSnapshot _current;

    public CatalogStore(Content.Model.Catalog initial, SearchIndex search, string contentDirectory)
    {
        ArgumentNullException.ThrowIfNull(initial);
        ArgumentNullException.ThrowIfNull(search);
        ContentDirectory = contentDirectory;
        _current = new CatalogSnapshot(initial, search, 1, []);
    }

    /// <summary>Starts from a successful load, with its translated editions.</summary>
    public CatalogStore(LoadResult loaded, string contentDirectory)
        : this(loaded?.Catalog ?? throw new ArgumentException("the load failed", nameof(loaded)), loaded.Search!, contentDirectory) =>
        _current = _current with { Translations = loaded.Translations };

    /// <summary>
    /// The output-cache tag on everything rendered from the catalog: a reload evicts it, and the
    /// catalog version in each cache key keeps an old page from being served meanwhile.
    /// </summary>
    public const string OutputCacheTag = "catalog";

    public string ContentDirectory { get; }

    public CatalogSnapshot Current => Volatile.Read(ref _current);

    /// <summary>
    /// Takes the result of a reload: a valid catalog replaces the old one; an invalid one keeps
    /// the old catalog and records the errors so the site can show them to editors.
    /// </summary>
    public CatalogSnapshot Apply(LoadResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        CatalogSnapshot next;
        lock (_applyLock)
        {
            var previous = _current;
            next = result is { Catalog: { } catalog, Search: { } search }
                ? new CatalogSnapshot(catalog, search, previous.Version + 1, []) { Translations = result.Translations }
                : previous with { Version = previous.Version + 1, ReloadErrors = result.Errors };
            Volatile.Write(ref _current, next);
        }

        return next;
    }
}
