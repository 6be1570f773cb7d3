using CareerPaths.Content;
using CareerPaths.Content.Diagnostics;
using CareerPaths.Content.Model;

namespace CareerPaths.Web.LiveContent;

/// <summary>
/// What the site serves right now: the last good load (its catalog and its editions in each
/// language), and the errors of a newer edit that could not be loaded (empty when the content on
/// disk is valid). Version counts every change, so anything rendered from a snapshot can be cached
/// under its version.
/// </summary>
public sealed record CatalogSnapshot(LoadResult Loaded, int Version, IReadOnlyList<ContentError> ReloadErrors)
{
    /// <summary>The catalog in the original language.</summary>
    public Catalog Catalog => Loaded.Catalog!;

    public bool HasReloadErrors => ReloadErrors.Any(e => e.IsError);

    /// <summary>The site in one language, each translated edition built whole on first use.</summary>
    public CatalogEdition Edition(SiteLanguage language) => Loaded.Edition(language)!;
}
