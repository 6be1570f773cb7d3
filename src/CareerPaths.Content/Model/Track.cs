namespace CareerPaths.Content.Model;

/// <summary>A career track: Technical, Operations or Governance.</summary>
public sealed record Track(
    string Slug,
    string Title,
    string Name,
    int Order,
    string Summary,
    IReadOnlyList<string> FocusAreas,
    string BestFor,
    RichText Body,
    SourceRef Source);
