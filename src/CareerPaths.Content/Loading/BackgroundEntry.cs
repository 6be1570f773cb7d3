using CareerPaths.Content.Model;

namespace CareerPaths.Content.Loading;

/// <summary>A row of backgrounds.yml, with the role it leads to still a slug until the checks pass.</summary>
internal sealed record BackgroundEntry(
    string Slug,
    string Name,
    string Role,
    string? Label,
    string CarriesOver,
    IReadOnlyList<string> Skills,
    SourceRef Source);
