using CareerPaths.Content.Model;

namespace CareerPaths.Content.Loading;

/// <summary>A guide as its file states it, with the backgrounds it speaks to still slugs until the checks pass.</summary>
internal sealed record GuideEntry(
    string Slug,
    string Title,
    string Audience,
    string Summary,
    int Order,
    IReadOnlyList<string> Backgrounds,
    DateOnly Reviewed,
    RichText Body,
    SourceRef Source);
