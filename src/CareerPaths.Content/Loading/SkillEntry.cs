using CareerPaths.Content.Model;

namespace CareerPaths.Content.Loading;

/// <summary>A row of skills.yml, with its category still a slug until the checks pass.</summary>
internal sealed record SkillEntry(string Slug, string Name, string Category, string Description, SourceRef Source);
