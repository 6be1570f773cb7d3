using CareerPaths.Content.Loading;
using CareerPaths.Content.Model;
using CareerPaths.Web.LiveContent;
using CareerPaths.Web.Pages.Common;

namespace CareerPaths.Web.Pages.Tracks;

/// <summary>The three tracks side by side.</summary>
public sealed class IndexModel(CatalogStore store) : SitePageModel(store)
{
    public SectionPage Section => Catalog.Page(SiteSections.Tracks);

    public void OnGet() =>
        Meta = new PageMeta(Section.Title, Section.Description, "/tracks")
        {
            Breadcrumbs = Trail(("Tracks", "/tracks")),
            SourceFile = Section.Source.Path,
        };
}
