using CareerPaths.Content.Model;
using CareerPaths.Content.Search;

namespace CareerPaths.Content;

/// <summary>The site in one language: its catalog, and the search index built from it with that language's analysis.</summary>
public sealed record CatalogEdition(Catalog Catalog, SearchIndex Search)
{
    public SiteLanguage Language => Catalog.Language;
}
