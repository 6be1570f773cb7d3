using CareerPaths.Content.Addresses;
using CareerPaths.Web.LiveContent;
using CareerPaths.Web.Pages.Common;

namespace CareerPaths.Web.Pages.Resources;

/// <summary>The resource hub and its three sections, shown under Resources in the navigation and the trail.</summary>
public abstract class ResourcePageModel(CatalogStore store, string key) : SectionPageModel(store, key, "Resources")
{
    public void OnGet()
    {
        Meta = SectionMeta() with { Section = SiteMap.Resources };
        if (Path != SiteMap.Resources)
        {
            Meta = Meta with { Breadcrumbs = Trail(("Resources", SiteMap.Resources), (Section.Title, Path)) };
        }
    }
}
