using CareerPaths.Content.Model;

namespace CareerPaths.Web.Pages.Resources;

/// <summary>The certification pathways, one per track, and every certification in one table.</summary>
internal sealed record CertificationsView(IReadOnlyList<CertificationPathway> Pathways, IReadOnlyList<Certification> All);
