using CareerPaths.Content.Diagnostics;
using CareerPaths.Content.Model;

namespace CareerPaths.Web.Commands;

/// <summary>
/// Warns about certifications still marked retiring after their retirement date, which pages would
/// otherwise go on announcing as a date to come. Only validate knows today's date, so the check lives here.
/// </summary>
internal static class PassedRetirements
{
    public static IEnumerable<ContentError> Find(Catalog catalog, DateOnly today, string displayRoot)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        foreach (var certification in catalog.Certifications)
        {
            if (certification.Lifecycle is { Status: CertificationStatus.Retiring, Retires: { } retires } && retires < today)
            {
                var source = certification.Source;
                yield return new ContentError(
                    $"{displayRoot}/{source.Path}",
                    source.At("retires"),
                    $"'{certification.Name}' was due to retire on {retires:yyyy-MM-dd} \u2014 check the issuer's page and, if it has retired, write `status: retired` and `retired: {retires:yyyy-MM-dd}` and set its `roles` to []",
                    ErrorSeverity.Warning);
            }
        }
    }
}
