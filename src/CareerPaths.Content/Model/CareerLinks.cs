using System.Collections.Frozen;

namespace CareerPaths.Content.Model;

/// <summary>The relations between entries (next steps, sideways moves, who leads where), worked out once per catalog.</summary>
internal sealed class CareerLinks
{
    public const int SidewaysPerTrack = 4;

    private readonly FrozenDictionary<string, IReadOnlyList<Role>> _byTrackAndLevel;
    private readonly FrozenDictionary<string, IReadOnlyList<Role>> _byTrack;
    private readonly FrozenDictionary<string, IReadOnlyList<Role>> _next;
    private readonly FrozenDictionary<string, IReadOnlyList<Role>> _previous;
    private readonly FrozenDictionary<string, IReadOnlyList<Role>> _sideways;
    private readonly FrozenDictionary<string, IReadOnlyList<Background>> _backgrounds;
    private readonly FrozenDictionary<string, IReadOnlyList<Certification>> _certifications;
    private readonly FrozenDictionary<string, IReadOnlyList<LearningResource>> _learning;
    private readonly FrozenDictionary<string, IReadOnlyList<Guide>> _guides;

    public CareerLinks(Catalog catalog)
    {
        _byTrackAndLevel = Group(catalog.Roles, r => Key(r.Track, r.Level));
        _byTrack = Group(catalog.Roles, r => r.Track);
        _next = catalog.Roles.ToFrozenDictionary(r => r.Slug, r => NextFor(catalog, r), StringComparer.Ordinal);
        _previous = GroupMany(catalog.Roles, r => _next[r.Slug].Select(n => n.Slug));
        _sideways = catalog.Roles.ToFrozenDictionary(r => r.Slug, r => SidewaysFor(catalog, r), StringComparer.Ordinal);
        _backgrounds = Group(catalog.Backgrounds, b => b.Role);
        _certifications = GroupMany(catalog.Certifications, c => c.Roles);
        _learning = GroupMany(catalog.LearningResources, r => r.Roles);
        _guides = GroupMany(catalog.Guides, g => g.Backgrounds);
    }

    public IReadOnlyList<Role> RolesIn(string track, string level) => Get(_byTrackAndLevel, Key(track, level));

    public IReadOnlyList<Role> RolesInTrack(string track) => Get(_byTrack, track);

    public IReadOnlyList<Role> NextSteps(string role) => Get(_next, role);

    public IReadOnlyList<Role> PreviousSteps(string role) => Get(_previous, role);

    public IReadOnlyList<Role> Sideways(string role) => Get(_sideways, role);

    public IReadOnlyList<Background> BackgroundsLeadingTo(string role) => Get(_backgrounds, role);

    public IReadOnlyList<Certification> CertificationsFor(string role) => Get(_certifications, role);

    public IReadOnlyList<LearningResource> LearningFor(string role) => Get(_learning, role);

    public IReadOnlyList<Guide> GuidesFor(string background) => Get(_guides, background);

    private static IReadOnlyList<Role> NextFor(Catalog catalog, Role role)
    {
        if (role.Next.Count > 0)
        {
            return [.. role.Next.Select(slug => catalog.FindRole(slug)!)];
        }

        var rank = catalog.LevelOf(role).Rank;
        var higher = catalog.Levels.FirstOrDefault(l => l.Rank == rank + 1);
        return higher is null ? [] : [.. catalog.Roles.Where(r => r.Track == role.Track && r.Level == higher.Slug)];
    }

    /// <summary>
    /// The roles at the same level in each other track, at most <see cref="SidewaysPerTrack"/> per
    /// track, so a catalog with thousands of roles still gives each role page a short list.
    /// </summary>
    private IReadOnlyList<Role> SidewaysFor(Catalog catalog, Role role) =>
        [.. catalog.Tracks
            .Where(t => t.Slug != role.Track)
            .SelectMany(t => Get(_byTrackAndLevel, Key(t.Slug, role.Level)).Take(SidewaysPerTrack))];

    private static string Key(string track, string level) => track + "/" + level;

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
