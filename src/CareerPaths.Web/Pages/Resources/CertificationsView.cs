using CareerPaths.Web.Pages.Common;

namespace CareerPaths.Web.Pages.Resources;

/// <summary>
/// The certification pathways, one per track; every certification still awarded in one table; and
/// the retired ones apart, each with its successor, for people who hold one or meet it in a job ad.
/// </summary>
internal sealed record CertificationsView(IReadOnlyList<CertificationPathway> Pathways, IReadOnlyList<CertificationNote> Current, IReadOnlyList<CertificationNote> Retired);
