namespace CareerPaths.Content.Model;

/// <summary>An audience-specific guide, such as one for students or for hiring managers.</summary>
public sealed record Guide(
    string Slug,
    string Title,
    string Audience,
    string Summary,
    int Order,
    IReadOnlyList<Background> Backgrounds,
    DateOnly Reviewed,
    RichText Body,
    SourceRef Source);
