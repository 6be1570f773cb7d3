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
        Meta = new PageMeta(Section.Title, Section.Description, path)
        {
            Section = "/resources",
            Breadcrumbs = key == SiteSections.Resources
                ? Trail(("Resources", path))
                : Trail(("Resources", "/resources"), (Section.Title, path)),
            SourceFile = Section.Source.Path,
        };
    }
}
