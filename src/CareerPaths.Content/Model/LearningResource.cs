namespace CareerPaths.Content.Model;

/// <summary>A framework, standard, regulation or course worth learning, and who it matters to.</summary>
public sealed record LearningResource(
    string Slug,
    string Name,
    string Publisher,
    string Kind,
    Uri Url,
    IReadOnlyList<Track> Tracks,
    IReadOnlyList<Role> Roles,
    string Summary,
    string Why,
    DateOnly? Checked,
    SourceRef Source)
{
    /// <summary>The skills it builds, from the skills map; empty when the editor has not said.</summary>
    public IReadOnlyList<Skill> Builds { get; init; } = [];
}
