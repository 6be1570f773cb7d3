using CareerPaths.Content.Guidance;
using CareerPaths.Content.Loading;
using CareerPaths.Content.Model;
using CareerPaths.Web.LiveContent;
using CareerPaths.Web.Pages.Common;

namespace CareerPaths.Web.Pages.FindYourPath;

/// <summary>
/// The audience guides, and a plain GET form whose answer is worked out on the server. The
/// answers live in the query string, so a result can be bookmarked and shared.
/// </summary>
internal sealed class IndexModel(CatalogStore store) : SectionPageModel(store, SiteSections.FindYourPath, "Find your path")
{
    public FindYourPathView View { get; private set; } = null!;

    public void OnGet(string? background, string[]? interest, string? years)
    {
        var query = new PathQuery(Bound(background), [.. (interest ?? []).Take(20).Select(i => Bound(i) ?? string.Empty)], Bound(years));
        var result = PathFinder.Recommend(Catalog, query);
        View = new FindYourPathView(
            Catalog.Guides, Catalog.BackgroundGroups, Catalog.Tracks, Catalog.Levels, query, result,
            CertificationNote.Of(Catalog, result?.Certifications ?? []));
        Meta = SectionMeta() with { Breadcrumbs = Trail((T["find-your-path.crumb"], Path)), NoIndex = !query.IsEmpty };
    }

    private static string? Bound(string? value) => value is { Length: > 100 } ? value[..100] : value;
}
