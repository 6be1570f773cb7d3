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
            T["map.title"],
            T["map.description", ("tracks", Count("map.tracks", Catalog.Tracks.Count)), ("levels", Count("map.levels", Catalog.Levels.Count))],
            SiteMap.Map)
        {
            Section = SiteMap.Progression,
            Breadcrumbs = Trail((T["nav.progression"], SiteMap.Progression), (T["map.title"], SiteMap.Map)),
        };
    }

    /// <summary>"three tracks", "one level": a small count in words, with the noun in the singular or plural.</summary>
    private string Count(string key, int count) =>
        T[count == 1 ? key + "-one" : key + "-other", ("count", T.CountWord(count))];
}
