namespace CareerPaths.Content.Model;

/// <summary>The checked entries a catalog is made from.</summary>
public sealed record CatalogParts(
    IReadOnlyList<Level> Levels,
    IReadOnlyList<Track> Tracks,
    IReadOnlyList<Role> Roles,
    IReadOnlyList<BackgroundGroup> BackgroundGroups,
    IReadOnlyList<Guide> Guides,
    IReadOnlyList<Certification> Certifications,
    IReadOnlyList<LearningResource> LearningResources,
    IReadOnlyList<SectionPage> Pages)
{
    public IReadOnlyList<SkillCategory> SkillCategories { get; init; } = [];

    public IReadOnlyList<Skill> Skills { get; init; } = [];
    /// <summary>The frameworks roles are mapped to, from the optional frameworks.yml.</summary>
    public IReadOnlyList<Framework> Frameworks { get; init; } = [];

    /// <summary>The language the words are in: the original, or a translation made over it.</summary>
    public SiteLanguage Language { get; init; } = SiteLanguage.English;

    /// <summary>The interface text in that language, from i18n/.</summary>
    public InterfaceText? Text { get; init; }
}
