namespace CareerPaths.Browser.Tests.Infrastructure;

/// <summary>
/// Picks one page per kind and language (first path segment and depth: /roles, /roles/x, ...; the
/// same under /es/), for checks too slow to run on every page.
/// </summary>
internal static class SiteSample
{
    public static IReadOnlyList<string> OnePerKind(IReadOnlyList<string> pages) =>
        [.. pages.DistinctBy(Kind, StringComparer.Ordinal)];

    /// <summary>
    /// Every page of the original, and one page of each kind in each translation: a translated page
    /// is the same template with other words, so sampling it finds what the words can break
    /// (lang attributes, names, contrast of the notice) at half the cost of checking every page twice.
    /// Overflow at 320 px, where longer Spanish words do matter, still measures every page.
    /// </summary>
    public static IReadOnlyList<string> OriginalAndOnePerKindTranslated(IReadOnlyList<string> pages)
    {
        var translated = pages.Where(IsTranslated).ToList();
        return [.. pages.Where(p => !IsTranslated(p)), .. OnePerKind(translated)];
    }

    private static bool IsTranslated(string path) =>
        Content.Model.SiteLanguage.OfPath(path.Split('?', '#')[0]) is { IsOriginal: false };

    private static string Kind(string path)
    {
        var segments = path.Split('?', '#')[0].Split('/', StringSplitOptions.RemoveEmptyEntries);
        var language = segments.Length > 0 && Content.Model.SiteLanguage.Translations.Any(l => l.Code == segments[0]) ? segments[0] + ":" : string.Empty;
        var rest = language.Length > 0 ? segments[1..] : segments;
        return language + (rest.Length == 0 ? "/" : $"{rest[0]}/{rest.Length}");
    }
}
