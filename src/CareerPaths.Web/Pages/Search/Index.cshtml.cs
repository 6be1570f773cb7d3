using CareerPaths.Content.Addresses;
using CareerPaths.Content.Search;
using CareerPaths.Web.LiveContent;
using CareerPaths.Web.Pages.Common;

namespace CareerPaths.Web.Pages.Search;

/// <summary>Search over roles, skills, tracks, guides and resources, answered from the index built with the catalog.</summary>
internal sealed class IndexModel(CatalogStore store) : SitePageModel(store)
{
    public string Query { get; private set; } = string.Empty;

    public IReadOnlyList<SearchResult> Results { get; private set; } = [];

    /// <summary>True when the query had text but no searchable words (only punctuation, say).</summary>
    public bool NoWords { get; private set; }

    public void OnGet(string? q)
    {
        Query = (q ?? string.Empty).Trim();
        if (Query.Length > SearchIndex.MaxQueryLength)
        {
            Query = Query[..SearchIndex.MaxQueryLength];
        }

        Results = Snapshot.Search.Search(Query);
        NoWords = Query.Length > 0 && SearchIndex.Terms(Query).Count == 0;
        Meta = new PageMeta(Query.Length > 0 ? $"Search results for \u201c{Query}\u201d" : "Search", "Search AI security roles, skills, tracks, guides and resources.", SiteMap.Search())
        {
            Breadcrumbs = Trail(("Search", SiteMap.Search())),
            NoIndex = Query.Length > 0,
        };
    }
}
