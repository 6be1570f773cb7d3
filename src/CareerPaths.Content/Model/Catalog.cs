using System.Collections.Frozen;

namespace CareerPaths.Content.Model;

/// <summary>
/// Everything the site knows, loaded and checked once. It never changes: a content edit builds a
/// new catalog, so a request always sees one consistent version. The entries refer to each other
/// as objects (a role's track, level and next steps); the lookups pages need are computed here, at
/// load, and the relations back (previous steps, roles needing a skill, ...) once, on first use, so
/// the first page served never waits for relations it does not show. Neither is worked out again
/// per request.
/// </summary>
public sealed class Catalog
{
    private readonly FrozenDictionary<string, Track> _tracks;
    private readonly FrozenDictionary<string, Level> _levels;
    private readonly FrozenDictionary<string, Role> _roles;
    private readonly FrozenDictionary<string, Guide> _guides;
    private readonly FrozenDictionary<string, Background> _backgrounds;
    private readonly FrozenDictionary<string, SectionPage> _pages;
    private readonly FrozenDictionary<string, Certification> _certifications;
    private readonly Lazy<CareerLinks> _links;
    private readonly FrozenDictionary<string, Skill> _skills;
    private readonly Lazy<SkillLinks> _skillLinks;

    public Catalog(CatalogParts parts, string fingerprint)
    {
        ArgumentNullException.ThrowIfNull(parts);
        Levels = [.. parts.Levels.OrderBy(l => l.Rank)];
        Tracks = [.. parts.Tracks.OrderBy(t => t.Order).ThenBy(t => t.Name, StringComparer.Ordinal)];
        _levels = Levels.ToFrozenDictionary(l => l.Slug, StringComparer.Ordinal);
        _tracks = Tracks.ToFrozenDictionary(t => t.Slug, StringComparer.Ordinal);
        Roles = [.. parts.Roles
            .OrderBy(r => r.Track.Order)
            .ThenBy(r => r.Level.Rank)
            .ThenBy(r => r.Order)
            .ThenBy(r => r.Title, StringComparer.Ordinal)];
        _roles = Roles.ToFrozenDictionary(r => r.Slug, StringComparer.Ordinal);
        BackgroundGroups = parts.BackgroundGroups;
        Backgrounds = [.. BackgroundGroups.SelectMany(g => g.Backgrounds)];
        _backgrounds = Backgrounds.ToFrozenDictionary(b => b.Slug, StringComparer.Ordinal);
        Guides = [.. parts.Guides.OrderBy(g => g.Order).ThenBy(g => g.Title, StringComparer.Ordinal)];
        _guides = Guides.ToFrozenDictionary(g => g.Slug, StringComparer.Ordinal);
        Certifications = [.. parts.Certifications.OrderBy(c => c.Level.Rank).ThenBy(c => c.Name, StringComparer.Ordinal)];
        _certifications = Certifications.ToFrozenDictionary(c => c.Slug, StringComparer.Ordinal);
        LearningResources = [.. parts.LearningResources.OrderBy(r => r.Name, StringComparer.Ordinal)];
        _pages = parts.Pages.ToFrozenDictionary(p => p.Key, StringComparer.Ordinal);
        Frameworks = parts.Frameworks;
        Fingerprint = fingerprint;
        SkillCategories = [.. parts.SkillCategories.OrderBy(c => c.Order)];
        Skills = [.. parts.Skills.OrderBy(s => s.Category.Order).ThenBy(s => s.Name, StringComparer.Ordinal)];
        _skills = Skills.ToFrozenDictionary(s => s.Slug, StringComparer.Ordinal);
        Language = parts.Language;
        Text = parts.Text ?? InterfaceText.Empty(parts.Language);

        // Thread-safe, built once: with 10,000 roles these take about 0.1 s that start-up need not wait for.
        _links = new(() => new CareerLinks(this));
        _skillLinks = new(() => new SkillLinks(this));
    }

    /// <summary>The language of the words: English, or a translation whose untranslated entries are still in English.</summary>
    public SiteLanguage Language { get; }

    /// <summary>The words around the content (navigation, labels, messages) in this language.</summary>
    public InterfaceText Text { get; }

    /// <summary>
    /// True when an entry of a translated catalog has no translation yet, so its page shows the
    /// original's words with a notice, and stays out of the language's sitemap.
    /// </summary>
    /// <param name="sourcePath">The content file behind a page ("roles/x.md"); only Markdown pages are translated whole.</param>
    public bool IsUntranslated(string? sourcePath) =>
        !Language.IsOriginal && sourcePath is not null && sourcePath.EndsWith(".md", StringComparison.Ordinal)
        && !sourcePath.StartsWith(Language.ContentFolder, StringComparison.Ordinal);


    /// <summary>A short hash of every content file: equal catalogs have equal fingerprints.</summary>
    public string Fingerprint { get; }

    public IReadOnlyList<Level> Levels { get; }

    public IReadOnlyList<Track> Tracks { get; }

    /// <summary>Every role, in track order, then level, then its order within the level.</summary>
    public IReadOnlyList<Role> Roles { get; }

    public IReadOnlyList<BackgroundGroup> BackgroundGroups { get; }

    public IReadOnlyList<Background> Backgrounds { get; }

    public IReadOnlyList<Guide> Guides { get; }

    public IReadOnlyList<Certification> Certifications { get; }

    public IReadOnlyList<LearningResource> LearningResources { get; }

    public IReadOnlyCollection<SectionPage> Pages => _pages.Values;

    /// <summary>The skill categories, in the order skills.yml lists them.</summary>
    public IReadOnlyList<SkillCategory> SkillCategories { get; }

    /// <summary>Every skill, by category, then by name.</summary>
    public IReadOnlyList<Skill> Skills { get; }
    /// <summary>The frameworks roles are mapped to, in the order frameworks.yml lists them; empty without that file.</summary>
    public IReadOnlyList<Framework> Frameworks { get; }

    public Framework? FindFramework(string slug) => Frameworks.FirstOrDefault(f => f.Slug == slug);

    public Track? FindTrack(string? slug) => Find(_tracks, slug);

    public Level? FindLevel(string? slug) => Find(_levels, slug);

    public Role? FindRole(string? slug) => Find(_roles, slug);

    public Guide? FindGuide(string? slug) => Find(_guides, slug);

    public Background? FindBackground(string? slug) => Find(_backgrounds, slug);

    public Skill? FindSkill(string? slug) => Find(_skills, slug);
    public Certification? FindCertification(string? slug) => Find(_certifications, slug);

    /// <summary>The certification the issuer names as this one's successor, if any.</summary>
    public Certification? Successor(Certification certification)
    {
        ArgumentNullException.ThrowIfNull(certification);
        return FindCertification(certification.Lifecycle.ReplacedBy);
    }

    /// <summary>Works out the relations back now, if not yet, so that no visitor's page waits for them.</summary>
    public void PrepareRelations()
    {
        _ = _links.Value;
        _ = _skillLinks.Value;
    }

    /// <summary>A section page that validation guarantees exists, such as "" or "progression".</summary>
    public SectionPage Page(string key) => _pages[key];

    public IReadOnlyList<Role> RolesIn(Track track, Level level) => _links.Value.RolesIn(track, level);

    public IReadOnlyList<Role> RolesIn(Track track) => _links.Value.RolesIn(track);

    /// <summary>The roles whose usual next step is this one.</summary>
    public IReadOnlyList<Role> PreviousSteps(Role role) => _links.Value.PreviousSteps(role);

    /// <summary>Roles at the same level in the other tracks (the first few of each).</summary>
    public IReadOnlyList<Role> SidewaysMoves(Role role) => _links.Value.Sideways(role);

    public IReadOnlyList<Background> BackgroundsLeadingTo(Role role) => _links.Value.BackgroundsLeadingTo(role);

    /// <summary>The certifications recommended for a role: those still awarded, never a retired one.</summary>
    public IReadOnlyList<Certification> CertificationsFor(Role role) => _links.Value.CertificationsFor(role);

    public IReadOnlyList<LearningResource> LearningFor(Role role) => _links.Value.LearningFor(role);

    public IReadOnlyList<Guide> GuidesFor(Background background) => _links.Value.GuidesFor(background);

    /// <summary>The skills of a category, by name.</summary>
    public IReadOnlyList<Skill> SkillsIn(SkillCategory category) => _skillLinks.Value.SkillsIn(category);

    /// <summary>The roles whose skill_needs name this skill, in the catalog's role order.</summary>
    public IReadOnlyList<Role> RolesNeeding(Skill skill) => _skillLinks.Value.RolesNeeding(skill);

    public IReadOnlyList<Certification> CertificationsBuilding(Skill skill) => _skillLinks.Value.CertificationsBuilding(skill);

    public IReadOnlyList<LearningResource> LearningBuilding(Skill skill) => _skillLinks.Value.LearningBuilding(skill);

    private static T? Find<T>(FrozenDictionary<string, T> map, string? slug)
        where T : class =>
        slug is not null && map.TryGetValue(slug, out var value) ? value : null;
}
