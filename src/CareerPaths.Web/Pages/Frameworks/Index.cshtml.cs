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
            "Roles and frameworks",
            $"How the {Text.Count(Catalog.Roles.Count, "AI security role")} map to NICE Framework work roles, ENISA ECSF profiles, O*NET-SOC occupations and NIST AI RMF functions.",
            SiteMap.Frameworks)
        {
            Section = SiteMap.Resources,
            Breadcrumbs = Trail(("Resources", SiteMap.Resources), ("Roles and frameworks", SiteMap.Frameworks)),
        };
    }
}
