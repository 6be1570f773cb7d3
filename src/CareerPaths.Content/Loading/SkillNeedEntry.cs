using CareerPaths.Content.Model;

namespace CareerPaths.Content.Loading;

/// <summary>One item of a role's skill_needs, with the skill still a slug and the level as written, until the checks pass.</summary>
internal sealed record SkillNeedEntry(string Skill, string Level, SourceRef Source);
