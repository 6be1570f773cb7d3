using CareerPaths.Content.Model;

namespace CareerPaths.Content.Search;

/// <summary>Turns the catalog's entries into search documents, each pointing at the page that shows it.</summary>
internal static class SearchDocuments
{
    public static IReadOnlyList<SearchDocument> From(Catalog catalog)
    {
        var documents = new List<SearchDocument>();
        documents.AddRange(catalog.Roles.Select(r => new SearchDocument(
            "Role", r.Title, "/roles/" + r.Slug, r.Summary, $"{r.Skills}. {r.Responsibilities}", () => r.Body.PlainText)));
        documents.AddRange(catalog.Tracks.Select(t => new SearchDocument(
            "Track", t.Title, "/tracks/" + t.Slug, t.Summary, string.Join(". ", t.FocusAreas), () => $"Best for: {t.BestFor}. {t.Body.PlainText}")));
        documents.AddRange(catalog.Guides.Select(g => new SearchDocument(
            "Guide", g.Title, "/guides/" + g.Slug, g.Summary, g.Audience, () => g.Body.PlainText)));
        documents.AddRange(catalog.Certifications.Select(c => new SearchDocument(
            "Certification", c.Name, "/resources/certifications#" + c.Slug, c.Summary, c.Issuer, string.Empty)));
        documents.AddRange(catalog.LearningResources.Select(r => new SearchDocument(
            "Learning resource", r.Name, "/resources/learning#" + r.Slug, r.Summary, $"{r.Publisher} {r.Kind}", r.Why)));
        documents.AddRange(catalog.Pages.Select(p => new SearchDocument(
            "Page", p.Title, p.Key.Length == 0 ? "/" : "/" + p.Key, p.Description, string.Empty, () => $"{p.Intro.PlainText} {p.Body.PlainText}")));
        return documents;
    }
}
