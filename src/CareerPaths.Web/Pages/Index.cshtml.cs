using CareerPaths.Content.Addresses;
using CareerPaths.Content.Loading;
using CareerPaths.Web.LiveContent;
using CareerPaths.Web.Pages.Common;

namespace CareerPaths.Web.Pages;

/// <summary>The overview: the seed's title and intro, the track cards, the progression strip and the ways on.</summary>
internal sealed class IndexModel(CatalogStore store) : SitePageModel(store)
{
    public OverviewView View { get; private set; } = null!;

    public void OnGet()
    {
        View = new OverviewView(
            Catalog.Page(SiteSections.Overview),
            Catalog.Page(SiteSections.Tracks),
            Catalog.Page(SiteSections.Progression),
            Catalog.Page(SiteSections.EntryPoints),
            Catalog.Page(SiteSections.Roles),
            Catalog.Page(SiteSections.FindYourPath),
            Catalog.Page(SiteSections.Resources),
            [Catalog.Page(SiteSections.Certifications), Catalog.Page(SiteSections.Learning), Catalog.Page(SiteSections.Downloads)],
            Catalog.Tracks,
            Catalog.Levels,
            Catalog.Guides);
        var overview = View.Overview;
        Meta = new PageMeta(overview.Title, overview.Description, SiteMap.Home)
        {
            SourceFile = overview.Source.Path,
            StructuredData =
            [
                new Dictionary<string, object>
                {
                    ["@context"] = "https://schema.org",
                    ["@type"] = "WebSite",
                    ["name"] = overview.Title,
                    ["description"] = overview.Description,
                    ["potentialAction"] = new Dictionary<string, object>
                    {
                        ["@type"] = "SearchAction",
                        ["target"] = Absolute(SiteMap.SearchTemplate),
                        ["query-input"] = "required name=query",
                    },
                },
            ],
        };
    }
}
