using CareerPaths.Content.Model;

namespace CareerPaths.Content.Loading;

/// <summary>
/// A role as its file states it, with the track, level and next steps still as slugs: the checks
/// report a slug that names nothing, and only then does <see cref="CatalogLinker"/> make a <see cref="Role"/>.
/// </summary>
internal sealed record RoleEntry(
    string Slug,
    string Title,
    IReadOnlyList<string> JobTitles,
    string Track,
    string Level,
    int Order,
    string Summary,
    string Responsibilities,
    string Skills,
    IReadOnlyList<SkillNeedEntry> SkillNeeds,
    IReadOnlyList<string> Next,
    DateOnly Reviewed,
    CrosswalkRefs Crosswalk,
    RichText Body,
    SourceRef Source);
