using CareerPaths.Content.Model;

namespace CareerPaths.Web.Pages.Common;

/// <summary>
/// A certification with its successor resolved, for the status line pages show next to it
/// ("Retires 30 June 2026; its successor is ..."), since views cannot look the successor up.
/// </summary>
internal sealed record CertificationNote(Certification Certification, Certification? Successor)
{
    public static CertificationNote Of(Catalog catalog, Certification certification)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return new CertificationNote(certification, catalog.Successor(certification));
    }

    public static IReadOnlyList<CertificationNote> Of(Catalog catalog, IEnumerable<Certification> certifications) =>
        [.. certifications.Select(c => Of(catalog, c))];
}
