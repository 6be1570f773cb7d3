using CareerPaths.Content.Diagnostics;
using CareerPaths.Content.Model;

namespace CareerPaths.Content;

/// <summary>
/// The outcome of a load: when the content is valid, a catalog and its editions (each language's
/// catalog and search index, built when first asked for); always every error and warning found.
/// </summary>
/// <param name="Original">The site in the original language; null when the content did not load.</param>
public sealed record LoadResult(CatalogEdition? Original, IReadOnlyList<ContentError> Errors)
{
    /// <summary>The catalog in the original language; null when the content did not load.</summary>
    public Catalog? Catalog => Original?.Catalog;

    public bool Succeeded => Original is not null;

    /// <summary>The site in each translated language, each built whole the first time it is asked for.</summary>
    public IReadOnlyDictionary<SiteLanguage, Lazy<CatalogEdition>> Translations { get; init; } =
        new Dictionary<SiteLanguage, Lazy<CatalogEdition>>();

    /// <summary>The site in one language; null when the content did not load.</summary>
    public CatalogEdition? Edition(SiteLanguage language)
    {
        ArgumentNullException.ThrowIfNull(language);
        if (Original is null)
        {
            return null;
        }

        return language.IsOriginal
            ? Original
            : Translations.GetValueOrDefault(language)?.Value ?? Original;
    }

    /// <summary>
    /// Builds now what <paramref name="inUse"/> had built (the original edition's relations and
    /// search index, and each translated edition, prepared if its index was built), so swapping
    /// this load in for it makes no visitor wait.
    /// </summary>
    public void PrepareLike(LoadResult? inUse)
    {
        Original?.Prepare();
        foreach (var (language, edition) in Translations)
        {
            if (inUse?.Translations.GetValueOrDefault(language) is not { IsValueCreated: true } used)
            {
                continue;
            }

            var built = edition.Value;
            if (used.Value.IsSearchReady)
            {
                built.Prepare();
            }
        }
    }
}
