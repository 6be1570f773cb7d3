using CareerPaths.Content.Addresses;
using CareerPaths.Content.Model;

namespace CareerPaths.Benchmarks.HandWrittenSearch;

/// <summary>Turns the catalog's entries into search documents, each pointing at the page that shows it.</summary>
internal static class SearchDocuments
{
    public static IReadOnlyList<SearchDocument> From(Catalog catalog)
    {
        var documents = new List<SearchDocument>();
        documents.AddRange(catalog.Roles.Select(r => new SearchDocument(
            "Role", r.Title, SiteMap.Role(r), r.Summary, $"{r.Skills}. {r.Responsibilities}", () => r.Body.PlainText)));
        documents.AddRange(catalog.Tracks.Select(t => new SearchDocument(
            "Track", t.Title, SiteMap.Track(t), t.Summary, string.Join(". ", t.FocusAreas), () => $"Best for: {t.BestFor}. {t.Body.PlainText}")));
        documents.AddRange(catalog.Guides.Select(g => new SearchDocument(
            "Guide", g.Title, SiteMap.Guide(g), g.Summary, g.Audience, () => g.Body.PlainText)));
        documents.AddRange(catalog.Certifications.Select(c => new SearchDocument(
            "Certification", c.Name, SiteMap.Certification(c), c.Summary, c.Issuer, string.Empty)));
        documents.AddRange(catalog.LearningResources.Select(r => new SearchDocument(
            "Learning resource", r.Name, SiteMap.LearningResource(r), r.Summary, $"{r.Publisher} {r.Kind}", r.Why)));
        documents.AddRange(catalog.Pages.Select(p => new SearchDocument(
            "Page", p.Title, SiteMap.Section(p.Key), p.Description, string.Empty, () => $"{p.Intro.PlainText} {p.Body.PlainText}")));
        return documents;
    }
}
