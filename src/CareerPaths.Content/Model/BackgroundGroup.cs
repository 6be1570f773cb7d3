namespace CareerPaths.Content.Model;

/// <summary>A heading for backgrounds: "Technical Backgrounds" or "Non-Technical Backgrounds".</summary>
public sealed record BackgroundGroup(string Slug, string Name, IReadOnlyList<Background> Backgrounds, SourceRef Source);
