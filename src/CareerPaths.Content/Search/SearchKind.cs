namespace CareerPaths.Content.Search;

/// <summary>
/// What a result is (a role, a guide, a certification...), with the slug the <c>kind</c> filter
/// uses in the address. Kinds are listed in <see cref="Order"/> in the filters and break ties
/// between equally good results. A new kind is one more instance and one more source in
/// <see cref="SearchDocuments"/>.
/// </summary>
/// <param name="Weight">
/// How much a match counts for this kind. Roles, tracks and entry points are what people come to find, so
/// "machine learning security engineer" ranks the role above exams whose names share the words.
/// </param>
public sealed record SearchKind(string Slug, string Name, string PluralName, int Order, float Weight = 1f)
{
    public static SearchKind Role { get; } = new("roles", "Role", "Roles", 0, Weight: 1.5f);

    public static SearchKind EntryPoint { get; } = new("entry-points", "Entry point", "Entry points", 1, Weight: 1.25f);

    public static SearchKind Guide { get; } = new("guides", "Guide", "Guides", 2);

    public static SearchKind Certification { get; } = new("certifications", "Certification", "Certifications", 3);

    public static SearchKind LearningResource { get; } = new("learning", "Learning resource", "Learning resources", 4);

    public static SearchKind Skill { get; } = new("skills", "Skill", "Skills", 5);

    public static SearchKind Track { get; } = new("tracks", "Track", "Tracks", 6, Weight: 1.5f);

    public static SearchKind Page { get; } = new("pages", "Page", "Pages", 7);

    /// <summary>Every kind, for reading the <c>kind</c> filter from an address.</summary>
    public static IReadOnlyList<SearchKind> All { get; } = [Role, EntryPoint, Guide, Certification, LearningResource, Skill, Track, Page];

    public static SearchKind? FromSlug(string? slug) => All.FirstOrDefault(k => k.Slug == slug);
}
