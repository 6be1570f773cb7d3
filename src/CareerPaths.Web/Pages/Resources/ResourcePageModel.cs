using CareerPaths.Content.Loading;
using CareerPaths.Web.LiveContent;
using CareerPaths.Web.Pages.Common;

namespace CareerPaths.Web.Pages.Resources;

/// <summary>The resource hub and its three sections, shown under Resources in the navigation and the trail.</summary>
public abstract class ResourcePageModel(CatalogStore store, string key) : SectionPageModel(store, key, "Resources")
{
    public void OnGet()
    {
        Meta = SectionMeta() with { Section = "/resources" };
        if (Path != "/" + SiteSections.Resources)
        {
            Meta = Meta with { Breadcrumbs = Trail(("Resources", "/resources"), (Section.Title, Path)) };
        }
    }
}
