using CareerPaths.Content.Loading.Translations;
using CareerPaths.Content.Model;

namespace CareerPaths.Content.Loading;

/// <summary>
/// What the reading stages produced, before the checks that need to see everything at once. Every
/// file is read into one of these and then merged, so each collection is made only when something
/// is added to it: a role file would otherwise carry nineteen empty ones through the load.
/// </summary>
internal sealed class ReadEntries
{
    private List<Level>? _levels;
    private List<Track>? _tracks;
    private List<RoleEntry>? _roles;
    private List<BackgroundGroupEntry>? _backgroundGroups;
    private List<GuideEntry>? _guides;
    private List<CertificationEntry>? _certifications;
    private List<LearningResourceEntry>? _learningResources;
    private List<SectionPage>? _pages;
    private List<SkillCategory>? _skillCategories;
    private List<SkillEntry>? _skills;
    private List<Framework>? _frameworks;
    private List<SynonymGroup>? _synonymGroups;
    private List<ContentLink>? _links;
    private List<TranslationEntry>? _translations;
    private List<InterfaceTextFile>? _interfaceTexts;
    private List<GlossaryTerm>? _glossary;
    private Dictionary<string, DateOnly>? _reviewed;
    private HashSet<string>? _seenDataFiles;
    private HashSet<string>? _unreadable;

    public List<Level> Levels => _levels ??= [];

    public List<Track> Tracks => _tracks ??= [];

    public List<RoleEntry> Roles => _roles ??= [];

    public List<BackgroundGroupEntry> BackgroundGroups => _backgroundGroups ??= [];

    public List<GuideEntry> Guides => _guides ??= [];

    public List<CertificationEntry> Certifications => _certifications ??= [];

    public List<LearningResourceEntry> LearningResources => _learningResources ??= [];

    public List<SectionPage> Pages => _pages ??= [];

    public List<SkillCategory> SkillCategories => _skillCategories ??= [];

    public List<SkillEntry> Skills => _skills ??= [];

    public List<Framework> Frameworks => _frameworks ??= [];

    public List<SynonymGroup> SynonymGroups => _synonymGroups ??= [];

    public List<ContentLink> Links => _links ??= [];

    /// <summary>The translations under each language's folder, still to be checked against their originals.</summary>
    public List<TranslationEntry> Translations => _translations ??= [];

    /// <summary>The interface text of each language, from i18n/.</summary>
    public List<InterfaceTextFile> InterfaceTexts => _interfaceTexts ??= [];

    public List<GlossaryTerm> Glossary => _glossary ??= [];

    /// <summary>The reviewed: date of each Markdown original that has one, by path, to tell when a translation fell behind.</summary>
    public Dictionary<string, DateOnly> Reviewed => _reviewed ??= new(StringComparer.Ordinal);

    public HashSet<string> SeenDataFiles => _seenDataFiles ??= new(StringComparer.Ordinal);

    /// <summary>Files that exist but could not be read or parsed. Their errors are already reported.</summary>
    public HashSet<string> Unreadable => _unreadable ??= new(StringComparer.Ordinal);

    /// <summary>How many entries have been read so far, to tell whether a file produced one.</summary>
    public int Count => (_levels?.Count ?? 0) + (_tracks?.Count ?? 0) + (_roles?.Count ?? 0) + (_backgroundGroups?.Count ?? 0) + (_guides?.Count ?? 0)
        + (_certifications?.Count ?? 0) + (_learningResources?.Count ?? 0) + (_pages?.Count ?? 0) + (_seenDataFiles?.Count ?? 0)
        + (_skillCategories?.Count ?? 0) + (_skills?.Count ?? 0) + (_frameworks?.Count ?? 0) + (_translations?.Count ?? 0) + (_interfaceTexts?.Count ?? 0) + (_glossary?.Count ?? 0);

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
        AddAll(Levels, other._levels);
        AddAll(Tracks, other._tracks);
        AddAll(Roles, other._roles);
        AddAll(BackgroundGroups, other._backgroundGroups);
        AddAll(Guides, other._guides);
        AddAll(Certifications, other._certifications);
        AddAll(LearningResources, other._learningResources);
        AddAll(Pages, other._pages);
        AddAll(SkillCategories, other._skillCategories);
        AddAll(Skills, other._skills);
        AddAll(Frameworks, other._frameworks);
        AddAll(SynonymGroups, other._synonymGroups);
        AddAll(Links, other._links);
        AddAll(Translations, other._translations);
        AddAll(InterfaceTexts, other._interfaceTexts);
        AddAll(Glossary, other._glossary);
        foreach (var (path, date) in other._reviewed ?? [])
        {
            Reviewed[path] = date;
        }

        if (other._seenDataFiles is { } seen)
        {
            SeenDataFiles.UnionWith(seen);
        }

        if (other._unreadable is { } unreadable)
        {
            Unreadable.UnionWith(unreadable);
        }
    }

    private static void AddAll<T>(List<T> into, List<T>? items)
    {
        if (items is not null)
        {
            into.AddRange(items);
        }
    }
}
