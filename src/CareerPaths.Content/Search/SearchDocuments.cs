using CareerPaths.Content.Addresses;
using CareerPaths.Content.Model;

namespace CareerPaths.Content.Search;

/// <summary>
/// Turns the catalog's entries into search documents, each pointing at the page that shows it.
/// Each kind of entry is one source; adding a kind is adding a source to the list.
/// </summary>
internal static class SearchDocuments
{
    public static IReadOnlyList<Func<Catalog, IEnumerable<SearchDocument>>> Sources { get; } =
        [Roles, EntryPoints, Guides, Certifications, LearningResources, Skills, Tracks, Pages];

    public static IReadOnlyList<SearchDocument> From(Catalog catalog) => [.. Sources.SelectMany(source => source(catalog))];

    private static IEnumerable<SearchDocument> Roles(Catalog catalog) => catalog.Roles.Select(r => new SearchDocument(
        SearchKind.Role, r.Title, SiteMap.Role(r), r.Summary, $"{r.Skills}. {r.Responsibilities}", () => $"{r.Body.PlainText} {LevelText(r.Level)}")
    {
        JobTitles = r.JobTitles,
        Tracks = [r.Track.Slug],
        Level = r.Level.Slug,
    });

    /// <summary>The level a role sits at, as its page shows it, so "entry level" or "salary" questions find roles.</summary>
    private static string LevelText(Level level) => $"{level.Name} ({level.Years}), salary range {level.Salary.Text}.";

    /// <summary>A background's line on the entry points page, so "jobs for lawyers" finds where a legal professional starts.</summary>
    private static IEnumerable<SearchDocument> EntryPoints(Catalog catalog) => catalog.Backgrounds.Select(b => new SearchDocument(
        SearchKind.EntryPoint, $"{b.Name} \u2192 {b.RoleLabel}", SiteMap.EntryPoint(b), b.CarriesOver, string.Join(", ", b.Skills.Select(s => s.Name)), string.Empty)
    {
        Tracks = [b.Role.Track.Slug],
        Level = b.Role.Level.Slug,
    });

    private static IEnumerable<SearchDocument> Guides(Catalog catalog) => catalog.Guides.Select(g => new SearchDocument(
        SearchKind.Guide, g.Title, SiteMap.Guide(g), g.Summary, g.Audience, () => g.Body.PlainText));

    private static IEnumerable<SearchDocument> Certifications(Catalog catalog) => catalog.Certifications.Select(c => new SearchDocument(
        SearchKind.Certification, c.Name, SiteMap.Certification(c), c.Summary, c.Issuer, string.Empty)
    {
        Tracks = [.. c.Tracks.Select(t => t.Slug)],
        Level = c.Level.Slug,
    });

    private static IEnumerable<SearchDocument> LearningResources(Catalog catalog) => catalog.LearningResources.Select(r => new SearchDocument(
        SearchKind.LearningResource, r.Name, SiteMap.LearningResource(r), r.Summary, $"{r.Publisher} {r.Kind}", r.Why)
    {
        Tracks = [.. r.Tracks.Select(t => t.Slug)],
    });

    /// <summary>A skill's page, found by its name, its category and what it covers; the roles that need it are named too.</summary>
    private static IEnumerable<SearchDocument> Skills(Catalog catalog) => catalog.Skills.Select(s => new SearchDocument(
        SearchKind.Skill, s.Name, SiteMap.Skill(s), s.Description, s.Category.Name, () => string.Join(", ", catalog.RolesNeeding(s).Select(r => r.Title))));

    private static IEnumerable<SearchDocument> Tracks(Catalog catalog) => catalog.Tracks.Select(t => new SearchDocument(
        SearchKind.Track, t.Title, SiteMap.Track(t), t.Summary, string.Join(". ", t.FocusAreas), () => $"Best for: {t.BestFor}. {t.Body.PlainText}")
    {
        Tracks = [t.Slug],
    });

    private static IEnumerable<SearchDocument> Pages(Catalog catalog) => catalog.Pages.Select(p => new SearchDocument(
        SearchKind.Page, p.Title, SiteMap.Section(p.Key), p.Description, string.Empty, () => $"{p.Intro.PlainText} {p.Body.PlainText}"));
}
