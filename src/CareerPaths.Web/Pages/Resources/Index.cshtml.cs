using CareerPaths.Content.Loading;
using CareerPaths.Web.LiveContent;

namespace CareerPaths.Web.Pages.Resources;

public sealed class IndexModel(CatalogStore store) : ResourcePageModel(store, SiteSections.Resources);
