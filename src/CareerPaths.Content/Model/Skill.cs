namespace CareerPaths.Content.Model;

/// <summary>
/// One skill of the shared skills map, named once in skills.yml. Roles say how well they need it,
/// backgrounds say they bring it, and certifications and learning resources say they build it;
/// the catalog works out the relations back (<see cref="Catalog.RolesNeeding"/> and the rest).
/// </summary>
public sealed record Skill(string Slug, string Name, SkillCategory Category, string Description, SourceRef Source);
