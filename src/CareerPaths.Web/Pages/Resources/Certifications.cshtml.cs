using CareerPaths.Content.Loading;
using CareerPaths.Web.LiveContent;

namespace CareerPaths.Web.Pages.Resources;

public sealed class CertificationsModel(CatalogStore store) : ResourcePageModel(store, SiteSections.Certifications);
