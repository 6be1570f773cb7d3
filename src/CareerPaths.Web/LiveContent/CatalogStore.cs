using CareerPaths.Content;

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

    /// <summary>Starts from a successful load.</summary>
    public CatalogStore(LoadResult loaded, string contentDirectory)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        if (!loaded.Succeeded)
        {
            throw new ArgumentException("the content did not load", nameof(loaded));
        }

        ContentDirectory = contentDirectory;
        _current = new CatalogSnapshot(loaded, 1, []);
    }

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
            next = result.Succeeded
                ? new CatalogSnapshot(result, previous.Version + 1, [])
                : previous with { Version = previous.Version + 1, ReloadErrors = result.Errors };
            Volatile.Write(ref _current, next);
        }

        return next;
    }
}
