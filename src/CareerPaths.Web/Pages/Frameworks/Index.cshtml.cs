using CareerPaths.Content.Addresses;
using CareerPaths.Web.LiveContent;
using CareerPaths.Web.Pages.Common;

namespace CareerPaths.Web.Pages.Frameworks;

/// <summary>Every role against the NICE Framework work roles, ENISA ECSF profiles, O*NET-SOC and the NIST AI RMF functions.</summary>
internal sealed class IndexModel(CatalogStore store) : SitePageModel(store)
{
    public FrameworksView View { get; private set; } = null!;

    public void OnGet()
    {
        View = new FrameworksView(Catalog.Frameworks, Catalog.Roles);
        Meta = new PageMeta(
            T["frameworks.title"],
            T[Catalog.Roles.Count == 1 ? "frameworks.description-one" : "frameworks.description-other", ("count", T.CountWord(Catalog.Roles.Count))],
            SiteMap.Frameworks)
        {
            Section = SiteMap.Resources,
            Breadcrumbs = Trail((T["nav.resources"], SiteMap.Resources), (T["frameworks.title"], SiteMap.Frameworks)),
        };
    }
}
