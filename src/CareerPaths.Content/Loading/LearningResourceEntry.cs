using CareerPaths.Content.Model;

namespace CareerPaths.Content.Loading;

/// <summary>A row of learning.yml, with its tracks and roles still slugs until the checks pass.</summary>
internal sealed record LearningResourceEntry(
    string Slug,
    string Name,
    string Publisher,
    string Kind,
    Uri Url,
    IReadOnlyList<string> Tracks,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> Builds,
    string Summary,
    string Why,
    DateOnly? Checked,
    SourceRef Source);
