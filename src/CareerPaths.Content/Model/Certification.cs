namespace CareerPaths.Content.Model;

/// <summary>A real, third-party certification and the roles it serves.</summary>
public sealed record Certification(
    string Slug,
    string Name,
    string Issuer,
    Level Level,
    IReadOnlyList<Track> Tracks,
    IReadOnlyList<Role> Roles,
    Uri Url,
    string Summary,
    CertificationLifecycle Lifecycle,
    SourceRef Source)
{
    /// <summary>The skills it builds, from the skills map; empty when the editor has not said.</summary>
    public IReadOnlyList<Skill> Builds { get; init; } = [];
}
