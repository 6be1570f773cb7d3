using CareerPaths.Content.Addresses;
using CareerPaths.Web.LiveContent;
using CareerPaths.Web.Pages.Common;

namespace CareerPaths.Web.Pages.Resources;

/// <summary>The resource hub and its three sections, shown under Resources in the navigation and the trail.</summary>
internal abstract class ResourcePageModel<TView>(CatalogStore store, string key) : SectionPageModel(store, key, "nav.resources")
    where TView : class
{
    public TView View { get; private set; } = null!;

    public void OnGet()
    {
        View = Show();
        Meta = SectionMeta() with
        {
            Section = SiteMap.Resources,
            Breadcrumbs = Path == SiteMap.Resources
                ? Trail((T["nav.resources"], SiteMap.Resources))
                : Trail((T["nav.resources"], SiteMap.Resources), (Section.Title, Path)),
        };
    }

    /// <summary>What the section lists beyond its own words, worked out before the view runs.</summary>
    protected abstract TView Show();
}
