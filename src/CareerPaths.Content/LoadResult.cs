using CareerPaths.Content.Diagnostics;
using CareerPaths.Content.Model;
using CareerPaths.Content.Search;

namespace CareerPaths.Content;

/// <summary>
/// The outcome of a load: when the content is valid, a catalog and the search index built from it
/// (off the request path, before anything can serve the catalog); always every error and warning found.
/// </summary>
public sealed record LoadResult(Catalog? Catalog, IReadOnlyList<ContentError> Errors, SearchIndex? Search = null)
{
    public bool Succeeded => Catalog is not null;

    /// <summary>The site in each translated language, each built whole the first time it is asked for.</summary>
    public IReadOnlyDictionary<SiteLanguage, Lazy<CatalogEdition>> Translations { get; init; } =
        new Dictionary<SiteLanguage, Lazy<CatalogEdition>>();

    /// <summary>The site in one language; null when the content did not load.</summary>
    public CatalogEdition? Edition(SiteLanguage language)
    {
        ArgumentNullException.ThrowIfNull(language);
        if (Catalog is null || Search is null)
        {
            return null;
        }

        return language.IsOriginal
            ? _original ??= new CatalogEdition(Catalog, Search)
            : Translations.GetValueOrDefault(language)?.Value ?? Edition(SiteLanguage.English);
    }

    /// <summary>The original edition, made once: every interface text of a request asks for it.</summary>
    private CatalogEdition? _original;
}
