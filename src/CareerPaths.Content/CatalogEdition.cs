using CareerPaths.Content.Model;
using CareerPaths.Content.Search;

namespace CareerPaths.Content;

/// <summary>
/// The site in one language: its catalog, and the search index built from it with that language's
/// analysis. The index is built on first use, whole, by one thread while any other caller waits:
/// `validate` and `export` never need it, and a server builds it, with the catalog's relations,
/// after its first page (see <see cref="Prepare"/>) instead of before it.
/// </summary>
public sealed class CatalogEdition(Catalog catalog, Func<SearchIndex> buildSearch)
{
    private readonly Lazy<SearchIndex> _search = new(buildSearch, LazyThreadSafetyMode.ExecutionAndPublication);

    public Catalog Catalog { get; } = catalog;

    public SiteLanguage Language => Catalog.Language;

    /// <summary>True once the search index is built: a search then answers without waiting.</summary>
    public bool IsSearchReady => _search.IsValueCreated;

    /// <summary>The answer to a search; an empty query is answered without the index.</summary>
    public SearchResults Search(SearchRequest request) => SearchIndex.Answer(request, () => _search.Value);

    /// <summary>
    /// Works out now what is otherwise built on first use, the catalog's relations and the search
    /// index, so that no visitor waits for them.
    /// </summary>
    public void Prepare()
    {
        Catalog.PrepareRelations();
        _ = _search.Value;
    }
}
