using CareerPaths.Content.Loading;
using CareerPaths.Web.LiveContent;

namespace CareerPaths.Web.Pages.Resources;

internal sealed class DownloadsModel(CatalogStore store) : ResourcePageModel<DownloadsView>(store, SiteSections.Downloads)
{
    protected override DownloadsView Show() => new(Catalog.Tracks);
}
