using CareerPaths.Content.Model;

namespace CareerPaths.Content.Loading;

/// <summary>What the reading stages produced, before the checks that need to see everything at once.</summary>
internal sealed class ReadEntries
{
    public List<Level> Levels { get; } = [];

    public List<Track> Tracks { get; } = [];

    public List<Role> Roles { get; } = [];

    public List<BackgroundGroup> BackgroundGroups { get; } = [];

    public List<Guide> Guides { get; } = [];

    public List<Certification> Certifications { get; } = [];

    public List<LearningResource> LearningResources { get; } = [];

    public List<SectionPage> Pages { get; } = [];

    public List<ContentLink> Links { get; } = [];

    public HashSet<string> SeenDataFiles { get; } = new(StringComparer.Ordinal);

    public IEnumerable<Background> Backgrounds => BackgroundGroups.SelectMany(g => g.Backgrounds);

    public CatalogParts ToParts() =>
        new(Levels, Tracks, Roles, BackgroundGroups, Guides, Certifications, LearningResources, Pages);
}
