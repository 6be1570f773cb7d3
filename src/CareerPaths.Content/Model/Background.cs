namespace CareerPaths.Content.Model;

/// <summary>A person's current background and the AI security role it leads to most directly.</summary>
/// <param name="Label">What the seed calls the role for this background, when it says it differently from the role's title.</param>
public sealed record Background(
    string Slug,
    string Name,
    Role Role,
    string? Label,
    string CarriesOver,
    IReadOnlyList<Skill> Skills,
    SourceRef Source)
{
    /// <summary>The role as the mapping names it: the editor's label, or else the role's title.</summary>
    public string RoleLabel => Label ?? Role.Title;
}
