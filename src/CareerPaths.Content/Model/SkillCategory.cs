namespace CareerPaths.Content.Model;

/// <summary>A group of related skills on the skills map, such as "Governance and law".</summary>
/// <param name="Order">Its place in skills.yml: /skills lists the categories in the editor's order.</param>
public sealed record SkillCategory(string Slug, string Name, int Order, SourceRef Source);
