using CareerPaths.Content.Loading.Translations;
using CareerPaths.Content.Model;

namespace CareerPaths.Content.Loading;

/// <summary>What the reading stages produced, before the checks that need to see everything at once.</summary>
internal sealed class ReadEntries
{
    public List<Level> Levels { get; } = [];

    public List<Track> Tracks { get; } = [];

    public List<RoleEntry> Roles { get; } = [];

    public List<BackgroundGroupEntry> BackgroundGroups { get; } = [];

    public List<GuideEntry> Guides { get; } = [];

    public List<CertificationEntry> Certifications { get; } = [];

    public List<LearningResourceEntry> LearningResources { get; } = [];

    public List<SectionPage> Pages { get; } = [];

    public List<SkillCategory> SkillCategories { get; } = [];

    public List<SkillEntry> Skills { get; } = [];

    public List<Framework> Frameworks { get; } = [];

    public List<SynonymGroup> SynonymGroups { get; } = [];

    public List<ContentLink> Links { get; } = [];

    /// <summary>The translations under each language's folder, still to be checked against their originals.</summary>
    public List<TranslationEntry> Translations { get; } = [];

    /// <summary>The interface text of each language, from i18n/.</summary>
    public List<InterfaceTextFile> InterfaceTexts { get; } = [];

    public List<GlossaryTerm> Glossary { get; } = [];

    /// <summary>The reviewed: date of each Markdown original that has one, by path, to tell when a translation fell behind.</summary>
    public Dictionary<string, DateOnly> Reviewed { get; } = new(StringComparer.Ordinal);

    public HashSet<string> SeenDataFiles { get; } = new(StringComparer.Ordinal);

    /// <summary>Files that exist but could not be read or parsed. Their errors are already reported.</summary>
    public HashSet<string> Unreadable { get; } = new(StringComparer.Ordinal);

    /// <summary>How many entries have been read so far, to tell whether a file produced one.</summary>
    public int Count => Levels.Count + Tracks.Count + Roles.Count + BackgroundGroups.Count + Guides.Count
        + Certifications.Count + LearningResources.Count + Pages.Count + SeenDataFiles.Count
        + SkillCategories.Count + Skills.Count + Frameworks.Count + Translations.Count + InterfaceTexts.Count + Glossary.Count;

    /// <summary>
    /// Slugs of a folder's entries, including files that exist but could not be read, so one broken
    /// file is reported once rather than again by everything that refers to it.
    /// </summary>
    public IReadOnlyList<string> SlugsIn(string folder, IEnumerable<string> readSlugs) =>
        [.. readSlugs.Concat(Unreadable
            .Where(p => p.StartsWith(folder + "/", StringComparison.Ordinal) && p.EndsWith(".md", StringComparison.Ordinal))
            .Select(p => Path.GetFileNameWithoutExtension(p)))];

    /// <summary>True when a YAML table could not be read, so references into it cannot be checked.</summary>
    public bool IsUnreadable(string dataFile) => Unreadable.Contains(dataFile);

    public IEnumerable<BackgroundEntry> Backgrounds => BackgroundGroups.SelectMany(g => g.Backgrounds);

    public void MergeFrom(ReadEntries other)
    {
        Levels.AddRange(other.Levels);
        Tracks.AddRange(other.Tracks);
        Roles.AddRange(other.Roles);
        BackgroundGroups.AddRange(other.BackgroundGroups);
        Guides.AddRange(other.Guides);
        Certifications.AddRange(other.Certifications);
        LearningResources.AddRange(other.LearningResources);
        Pages.AddRange(other.Pages);
        SkillCategories.AddRange(other.SkillCategories);
        Skills.AddRange(other.Skills);
        Frameworks.AddRange(other.Frameworks);
        SynonymGroups.AddRange(other.SynonymGroups);
        Links.AddRange(other.Links);
        Translations.AddRange(other.Translations);
        InterfaceTexts.AddRange(other.InterfaceTexts);
        Glossary.AddRange(other.Glossary);
        foreach (var (path, date) in other.Reviewed)
        {
            Reviewed[path] = date;
        }
        SeenDataFiles.UnionWith(other.SeenDataFiles);
        Unreadable.UnionWith(other.Unreadable);
    }
}
