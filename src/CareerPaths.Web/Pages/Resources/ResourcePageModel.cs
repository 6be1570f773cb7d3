using CareerPaths.Content.Loading;
using CareerPaths.Content.Model;
using CareerPaths.Web.LiveContent;
using CareerPaths.Web.Pages.Common;

namespace CareerPaths.Web.Pages.Resources;

/// <summary>The shared shape of the resource pages: a section page from content, shown under Resources.</summary>
public abstract class ResourcePageModel(CatalogStore store, string key) : SitePageModel(store)
{
    public SectionPage Section => Catalog.Page(key);

    public void OnGet()
    {
        var path = "/" + key;
        Meta = SectionMeta(Section, path, Section.Title) with { Section = "/resources" };
        if (key != SiteSections.Resources)
        {
            Meta = Meta with { Breadcrumbs = Trail(("Resources", "/resources"), (Section.Title, path)) };
        }
    }
}
