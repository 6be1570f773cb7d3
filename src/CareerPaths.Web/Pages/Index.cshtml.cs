using CareerPaths.Content.Addresses;
using CareerPaths.Content.Loading;
using CareerPaths.Content.Model;
using CareerPaths.Web.LiveContent;
using CareerPaths.Web.Pages.Common;

namespace CareerPaths.Web.Pages;

/// <summary>The overview: the seed's title and intro, the track cards, the progression strip and the ways on.</summary>
public sealed class IndexModel(CatalogStore store) : SitePageModel(store)
{
    public SectionPage Overview => Catalog.Page(SiteSections.Overview);

    public SectionPage TracksSection => Catalog.Page(SiteSections.Tracks);

    public SectionPage ProgressionSection => Catalog.Page(SiteSections.Progression);

    public SectionPage EntryPointsSection => Catalog.Page(SiteSections.EntryPoints);

    public SectionPage RolesSection => Catalog.Page(SiteSections.Roles);

    public SectionPage FindYourPathSection => Catalog.Page(SiteSections.FindYourPath);

    public SectionPage ResourcesSection => Catalog.Page(SiteSections.Resources);

    public IReadOnlyList<SectionPage> ResourcePages =>
        [Catalog.Page(SiteSections.Certifications), Catalog.Page(SiteSections.Learning), Catalog.Page(SiteSections.Downloads)];

    public void OnGet()
    {
        Meta = new PageMeta(Overview.Title, Overview.Description, SiteMap.Home)
        {
            SourceFile = Overview.Source.Path,
            StructuredData =
            [
                new Dictionary<string, object>
                {
                    ["@context"] = "https://schema.org",
                    ["@type"] = "WebSite",
                    ["name"] = Overview.Title,
                    ["description"] = Overview.Description,
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
