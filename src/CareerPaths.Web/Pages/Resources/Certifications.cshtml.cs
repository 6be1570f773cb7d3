using CareerPaths.Content.Loading;
using CareerPaths.Web.LiveContent;

namespace CareerPaths.Web.Pages.Resources;

internal sealed class CertificationsModel(CatalogStore store) : ResourcePageModel<CertificationsView>(store, SiteSections.Certifications)
{
    protected override CertificationsView Show() =>
        new([.. Catalog.Tracks.Select(track => CertificationPathway.Of(Catalog, track))], Catalog.Certifications);
}
