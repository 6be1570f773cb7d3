using CareerPaths.Content.Model;

namespace CareerPaths.Content.Loading;

/// <summary>
/// A row of certifications.yml, with its level, tracks and roles still slugs until the checks pass.
/// <paramref name="StatusWritten"/> is the status as typed, so a misspelt one can be reported.
/// </summary>
internal sealed record CertificationEntry(
    string Slug,
    string Name,
    string Issuer,
    string Level,
    IReadOnlyList<string> Tracks,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> Builds,
    Uri Url,
    string Summary,
    CertificationLifecycle Lifecycle,
    string? StatusWritten,
    SourceRef Source);
