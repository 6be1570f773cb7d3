using CareerPaths.Content.Loading;
using CareerPaths.Content.Model;
using CareerPaths.Web.LiveContent;
using CareerPaths.Web.Pages.Common;

namespace CareerPaths.Web.Pages.Tracks;

/// <summary>The three tracks side by side.</summary>
public sealed class IndexModel(CatalogStore store) : SitePageModel(store)
{
    public SectionPage Section => Catalog.Page(SiteSections.Tracks);

    public void OnGet() => Meta = SectionMeta(Section, "/tracks", "Tracks");
}
