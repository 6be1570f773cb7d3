namespace CareerPaths.Browser.Tests.Infrastructure;

/// <summary>Picks one page per kind (first path segment and depth: /roles, /roles/x, ...), for checks too slow to run on every page.</summary>
internal static class SiteSample
{
    public static IReadOnlyList<string> OnePerKind(IReadOnlyList<string> pages) =>
        [.. pages.DistinctBy(Kind, StringComparer.Ordinal)];

    private static string Kind(string path)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments.Length == 0 ? "/" : $"{segments[0]}/{segments.Length}";
    }
}
