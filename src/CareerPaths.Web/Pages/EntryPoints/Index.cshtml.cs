using CareerPaths.Content.Loading;
using CareerPaths.Web.LiveContent;
using CareerPaths.Web.Pages.Common;

namespace CareerPaths.Web.Pages.EntryPoints;

/// <summary>Background → role mappings, grouped Technical / Non-Technical, each with the role's track and entry level.</summary>
internal sealed class IndexModel(CatalogStore store) : SectionPageModel(store, SiteSections.EntryPoints, "nav.entry-points")
{
    public EntryPointsView View { get; private set; } = null!;

    public void OnGet()
    {
        View = new EntryPointsView(Catalog.BackgroundGroups);
        Meta = SectionMeta();
    }
}
