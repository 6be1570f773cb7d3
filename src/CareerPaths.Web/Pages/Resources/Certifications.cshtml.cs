using CareerPaths.Content.Loading;
using CareerPaths.Web.LiveContent;
using CareerPaths.Web.Pages.Common;

namespace CareerPaths.Web.Pages.Resources;

internal sealed class CertificationsModel(CatalogStore store) : ResourcePageModel<CertificationsView>(store, SiteSections.Certifications)
{
    protected override CertificationsView Show() =>
        new(
            [.. Catalog.Tracks.Select(track => CertificationPathway.Of(Catalog, track))],
            CertificationNote.Of(Catalog, Catalog.Certifications.Where(c => c.Lifecycle.IsRecommendable)),
            CertificationNote.Of(Catalog, Catalog.Certifications.Where(c => !c.Lifecycle.IsRecommendable)));
}
