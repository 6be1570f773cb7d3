using CareerPaths.Content.Loading;
using CareerPaths.Web.LiveContent;

namespace CareerPaths.Web.Pages.Resources;

internal sealed class IndexModel(CatalogStore store) : ResourcePageModel<ResourcesView>(store, SiteSections.Resources)
{
    protected override ResourcesView Show() =>
        new([Catalog.Page(SiteSections.Certifications), Catalog.Page(SiteSections.Learning), Catalog.Page(SiteSections.Downloads)], Catalog.Guides);
}
