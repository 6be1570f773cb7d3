using CareerPaths.Content.Model;
using CareerPaths.Content.Search;

namespace CareerPaths.Content;

/// <summary>
/// The site in one language: its catalog, and the search index built from it with that language's
/// analysis. The index is built on first use, whole, by one thread while any other caller waits:
/// `validate` and `export` never need it, and a server builds it after its first page (see
/// <see cref="PrepareSearch"/>) instead of before it.
/// </summary>
public sealed class CatalogEdition(Catalog catalog, Func<SearchIndex> buildSearch)
{
    private readonly Lazy<SearchIndex> _search = new(buildSearch, LazyThreadSafetyMode.ExecutionAndPublication);

    public Catalog Catalog { get; } = catalog;

    public SiteLanguage Language => Catalog.Language;

    /// <summary>True once the search index is built: a search then answers without waiting.</summary>
    public bool IsSearchReady => _search.IsValueCreated;

    /// <summary>The answer to a search; an empty query is answered without the index.</summary>
    public SearchResults Search(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SearchIndex.AnswerWithoutIndex(request) ?? _search.Value.Search(request);
    }

    /// <summary>Builds the search index now, if it is not built yet, so no visitor waits for it.</summary>
    public void PrepareSearch() => _ = _search.Value;
}
