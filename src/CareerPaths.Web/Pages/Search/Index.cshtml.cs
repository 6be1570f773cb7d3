using CareerPaths.Content.Addresses;
using CareerPaths.Content.Search;
using CareerPaths.Web.LiveContent;
using CareerPaths.Web.Pages.Common;

namespace CareerPaths.Web.Pages.Search;

/// <summary>
/// Search over roles, entry points, guides, certifications, resources, tracks and pages, answered
/// from the index built from the page's edition of the catalog, narrowed by plain GET parameters (kind, track, level).
/// </summary>
internal sealed class IndexModel(CatalogStore store) : SitePageModel(store)
{
    public SearchView View { get; private set; } = null!;

    public void OnGet(string? q, string? kind, string? track, string? level)
    {
        // The page's language: its catalog, and the search index built from it.
        var catalog = Catalog;

        // A filter value that names nothing (an old or edited link) is left out rather than showing nothing.
        var request = new SearchRequest(
            q,
            SearchKind.FromSlug(kind)?.Slug,
            catalog.FindTrack(track)?.Slug,
            catalog.FindLevel(level)?.Slug);
        var answer = Edition.Search(request);
        View = SearchView.Make(catalog, answer, request);
        var query = answer.Query;
        Meta = new PageMeta(query.Length > 0 ? T["search.results-title", ("query", query)] : T["search.title"], T["search.description"], SiteMap.Search())
        {
            Breadcrumbs = Trail((T["search.title"], SiteMap.Search())),
            NoIndex = query.Length > 0,
        };
    }
}
