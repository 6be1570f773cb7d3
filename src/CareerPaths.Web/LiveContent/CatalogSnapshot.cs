using CareerPaths.Content;
using CareerPaths.Content.Diagnostics;
using CareerPaths.Content.Model;

namespace CareerPaths.Web.LiveContent;

/// <summary>
/// What the site serves right now: the last good catalog with its search index, and the errors of a newer edit that
/// could not be loaded (empty when the content on disk is valid). Version counts every change,
/// so anything rendered from a snapshot can be cached under its version.
/// </summary>
public sealed record CatalogSnapshot(
    Content.Model.Catalog Catalog,
    Content.Search.SearchIndex Search,
    int Version,
    IReadOnlyList<ContentError> ReloadErrors)
{
    public bool HasReloadErrors => ReloadErrors.Any(e => e.IsError);

    /// <summary>The translated editions of this catalog, each built whole on first use.</summary>
    public IReadOnlyDictionary<SiteLanguage, Lazy<CatalogEdition>> Translations { get; init; } =
        new Dictionary<SiteLanguage, Lazy<CatalogEdition>>();

    /// <summary>The site in one language; a language with no edition falls back to the original.</summary>
    public CatalogEdition Edition(SiteLanguage language) =>
        Translations.GetValueOrDefault(language)?.Value ?? new CatalogEdition(Catalog, Search);
}
