using CareerPaths.Content.Model;

namespace CareerPaths.Content.Loading;

/// <summary>A row of certifications.yml, with its level, tracks and roles still slugs until the checks pass.</summary>
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
    SourceRef Source);
