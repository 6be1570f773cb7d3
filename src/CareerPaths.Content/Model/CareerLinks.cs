using System.Collections.Frozen;

namespace CareerPaths.Content.Model;

/// <summary>
/// The relations that run against the references in the content (previous steps, sideways moves,
/// who leads where, what serves a role), worked out once per catalog. The references themselves
/// (a role's track, level and next steps, a background's role, ...) are on the objects.
/// </summary>
internal sealed class CareerLinks
{
    public const int SidewaysPerTrack = 4;

    private readonly FrozenDictionary<string, IReadOnlyList<Role>> _byTrackAndLevel;
    private readonly FrozenDictionary<string, IReadOnlyList<Role>> _byTrack;
    private readonly FrozenDictionary<string, IReadOnlyList<Role>> _previous;
    private readonly FrozenDictionary<string, IReadOnlyList<Role>> _sideways;
    private readonly FrozenDictionary<string, IReadOnlyList<Background>> _backgrounds;
    private readonly FrozenDictionary<string, IReadOnlyList<Certification>> _certifications;
    private readonly FrozenDictionary<string, IReadOnlyList<LearningResource>> _learning;
    private readonly FrozenDictionary<string, IReadOnlyList<Guide>> _guides;

    public CareerLinks(Catalog catalog)
    {
        _byTrackAndLevel = Group(catalog.Roles, r => Key(r.Track, r.Level));
        _byTrack = Group(catalog.Roles, r => r.Track.Slug);
        _previous = GroupMany(catalog.Roles, r => r.NextSteps.Select(n => n.Slug));
        _sideways = catalog.Roles.ToFrozenDictionary(r => r.Slug, r => SidewaysFor(catalog, r), StringComparer.Ordinal);
        _backgrounds = Group(catalog.Backgrounds, b => b.Role.Slug);
        // A retired certification is kept for its holders and its successor, never recommended.
        _certifications = GroupMany(catalog.Certifications.Where(c => c.Lifecycle.IsRecommendable), c => c.Roles.Select(r => r.Slug));
        _learning = GroupMany(catalog.LearningResources, r => r.Roles.Select(role => role.Slug));
        _guides = GroupMany(catalog.Guides, g => g.Backgrounds.Select(b => b.Slug));
    }

    public IReadOnlyList<Role> RolesIn(Track track, Level level) => Get(_byTrackAndLevel, Key(track, level));

    public IReadOnlyList<Role> RolesIn(Track track) => Get(_byTrack, track.Slug);

    public IReadOnlyList<Role> PreviousSteps(Role role) => Get(_previous, role.Slug);

    public IReadOnlyList<Role> Sideways(Role role) => Get(_sideways, role.Slug);

    public IReadOnlyList<Background> BackgroundsLeadingTo(Role role) => Get(_backgrounds, role.Slug);

    /// <summary>The certifications still awarded that serve a role: never a retired one.</summary>
    public IReadOnlyList<Certification> CertificationsFor(Role role) => Get(_certifications, role.Slug);

    public IReadOnlyList<LearningResource> LearningFor(Role role) => Get(_learning, role.Slug);

    public IReadOnlyList<Guide> GuidesFor(Background background) => Get(_guides, background.Slug);

    /// <summary>
    /// The roles at the same level in each other track, at most <see cref="SidewaysPerTrack"/> per
    /// track, so a catalog with thousands of roles still gives each role page a short list.
    /// </summary>
    private IReadOnlyList<Role> SidewaysFor(Catalog catalog, Role role) =>
        [.. catalog.Tracks
            .Where(t => t.Slug != role.Track.Slug)
            .SelectMany(t => Get(_byTrackAndLevel, Key(t, role.Level)).Take(SidewaysPerTrack))];

    // Keyed by slug, which the checks made unique, rather than by the records' value equality.
    private static string Key(Track track, Level level) => track.Slug + "/" + level.Slug;

    private static FrozenDictionary<string, IReadOnlyList<T>> Group<T>(IEnumerable<T> items, Func<T, string> key) =>
        items.GroupBy(key, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<T>)[.. g], StringComparer.Ordinal);

    private static FrozenDictionary<string, IReadOnlyList<T>> GroupMany<T>(IEnumerable<T> items, Func<T, IEnumerable<string>> keys) =>
        items.SelectMany(item => keys(item).Select(k => (Key: k, Item: item)))
            .GroupBy(p => p.Key, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<T>)[.. g.Select(p => p.Item)], StringComparer.Ordinal);

    private static IReadOnlyList<T> Get<T>(FrozenDictionary<string, IReadOnlyList<T>> map, string key) =>
        map.TryGetValue(key, out var list) ? list : [];
}
