namespace CareerPaths.Browser.Tests.Infrastructure;

/// <summary>
/// Picks one page per kind and language (first path segment and depth: /roles, /roles/x, ...; the
/// same under /es/), for checks too slow to run on every page.
/// </summary>
internal static class SiteSample
{
    public static IReadOnlyList<string> OnePerKind(IReadOnlyList<string> pages) =>
        [.. pages.DistinctBy(Kind, StringComparer.Ordinal)];

    private static string Kind(string path)
    {
        var segments = path.Split('?', '#')[0].Split('/', StringSplitOptions.RemoveEmptyEntries);
        var language = segments.Length > 0 && Content.Model.SiteLanguage.Translations.Any(l => l.Code == segments[0]) ? segments[0] + ":" : string.Empty;
        var rest = language.Length > 0 ? segments[1..] : segments;
        return language + (rest.Length == 0 ? "/" : $"{rest[0]}/{rest.Length}");
    }
}
