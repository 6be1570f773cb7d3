using CareerPaths.Content.Model;

namespace CareerPaths.Content.Loading;

/// <summary>What skills.yml holds: its categories, in the editor's order, and its skills.</summary>
internal sealed record SkillsTable(IReadOnlyList<SkillCategory> Categories, IReadOnlyList<SkillEntry> Skills);
