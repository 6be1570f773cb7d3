using CareerPaths.Content.Addresses;
using CareerPaths.Web.LiveContent;
using CareerPaths.Web.Pages.Common;

namespace CareerPaths.Web.Pages.Map;

/// <summary>The career map: every role by track and level, next steps and entry points, with a text equivalent.</summary>
internal sealed class IndexModel(CatalogStore store) : SitePageModel(store)
{
    public MapView View { get; private set; } = null!;

    public void OnGet()
    {
        View = new MapView(
            CareerMapSvg.Render(Catalog, "career-map-title", "career-map-desc", Links.Href),
            Catalog.Levels[^1],
            [.. Catalog.Tracks.Select(track => MapLadder.Of(Catalog, track))]);
        Meta = new PageMeta(
            "Career map",
            $"Every AI security role on one map: {Text.Count(Catalog.Tracks.Count, "track")}, {Text.Count(Catalog.Levels.Count, "level")}, the usual next steps and where people from other careers come in.",
            SiteMap.Map)
        {
            Section = SiteMap.Progression,
            Breadcrumbs = Trail(("Progression", SiteMap.Progression), ("Career map", SiteMap.Map)),
        };
    }
}
