using System.Collections.Frozen;

namespace CareerPaths.Content.Model;

/// <summary>
/// The skills map read backwards, worked out once per catalog: the skills of each category, the
/// roles that need each skill, and the certifications still awarded and learning resources that build it. The
/// references forwards (a role's skill needs, what a resource builds) are on the objects.
/// </summary>
internal sealed class SkillLinks
{
    private readonly FrozenDictionary<string, IReadOnlyList<Skill>> _byCategory;
    private readonly FrozenDictionary<string, IReadOnlyList<Role>> _roles;
    private readonly FrozenDictionary<string, IReadOnlyList<Certification>> _certifications;
    private readonly FrozenDictionary<string, IReadOnlyList<LearningResource>> _learning;

    public SkillLinks(Catalog catalog)
    {
        _byCategory = GroupMany(catalog.Skills, s => [s.Category.Slug]);
        _roles = GroupMany(catalog.Roles, r => r.SkillNeeds.Select(n => n.Skill.Slug));
        _certifications = GroupMany(catalog.Certifications.Where(c => c.Lifecycle.IsRecommendable), c => c.Builds.Select(s => s.Slug));
        _learning = GroupMany(catalog.LearningResources, r => r.Builds.Select(s => s.Slug));
    }

    public IReadOnlyList<Skill> SkillsIn(SkillCategory category) => Get(_byCategory, category.Slug);

    public IReadOnlyList<Role> RolesNeeding(Skill skill) => Get(_roles, skill.Slug);

    public IReadOnlyList<Certification> CertificationsBuilding(Skill skill) => Get(_certifications, skill.Slug);

    public IReadOnlyList<LearningResource> LearningBuilding(Skill skill) => Get(_learning, skill.Slug);

    // Distinct keys per item, so an item that names a slug twice is listed once under it.
    private static FrozenDictionary<string, IReadOnlyList<T>> GroupMany<T>(IEnumerable<T> items, Func<T, IEnumerable<string>> keys) =>
        items.SelectMany(item => keys(item).Distinct(StringComparer.Ordinal).Select(k => (Key: k, Item: item)))
            .GroupBy(p => p.Key, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<T>)[.. g.Select(p => p.Item)], StringComparer.Ordinal);

    private static IReadOnlyList<T> Get<T>(FrozenDictionary<string, IReadOnlyList<T>> map, string key) =>
        map.TryGetValue(key, out var list) ? list : [];
}
