namespace CareerPaths.Content.Model;

/// <summary>A person's current background and the AI security role it leads to most directly.</summary>
public sealed record Background(
    string Slug,
    string Name,
    string Group,
    string Role,
    string? Label,
    string CarriesOver,
    IReadOnlyList<string> Skills,
    SourceRef Source);
