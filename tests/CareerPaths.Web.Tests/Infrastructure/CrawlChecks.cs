using System.Net;
using System.Xml.Linq;

namespace CareerPaths.Web.Tests.Infrastructure;

/// <summary>
/// What a crawl from the overview must find on any content: every link resolves, every fragment
/// names an element, and the sitemap lists exactly the pages a visitor can reach that search engines
/// may index (a page not translated yet is reachable under /es/ but marked noindex), each answering
/// 200. Each check returns the problems, so one run shows them all.
/// </summary>
internal static class CrawlChecks
{
    public static IReadOnlyList<string> BrokenLinks(SiteCrawler crawler) =>
        [.. crawler.Statuses.Where(s => s.Value != HttpStatusCode.OK)
            .Select(s => $"{s.Key} -> {(int)s.Value} (linked from {string.Join(", ", crawler.Links.Where(l => l.Href.Split('#')[0] == s.Key).Select(l => l.From).Distinct().Take(3))})")];

    public static IReadOnlyList<string> MissingFragments(SiteCrawler crawler) =>
        [.. crawler.Fragments
            .Where(f => crawler.Pages.TryGetValue(f.Target, out var page) && page.GetElementById(f.Fragment) is null)
            .Select(f => $"{f.From} links to {f.Target}#{f.Fragment}")];

    public static async Task<IReadOnlyList<string>> SitemapProblemsAsync(HttpClient client, SiteCrawler crawler, string baseUrl)
    {
        var sitemap = XDocument.Parse(await client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative)));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locations = sitemap.Descendants(ns + "loc").Select(l => l.Value).ToList();
        var listed = locations.Select(l => new Uri(l).AbsolutePath).ToHashSet(StringComparer.Ordinal);
        var crawled = crawler.Pages
            .Where(p => !p.Key.Contains('?', StringComparison.Ordinal) && p.Value.QuerySelector("meta[name=robots][content=noindex]") is null)
            .Select(p => p.Key)
            .ToHashSet(StringComparer.Ordinal);
        var problems = new List<string>();
        problems.AddRange(crawled.Except(listed).Select(p => $"{p} is reachable but not in the sitemap"));
        problems.AddRange(listed.Except(crawled).Select(p => $"{p} is in the sitemap but no page links to it"));
        problems.AddRange(locations.Where(l => !l.StartsWith(baseUrl + "/", StringComparison.Ordinal)).Select(l => $"{l} is not under {baseUrl}"));
        foreach (var path in listed)
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            if (response.StatusCode != HttpStatusCode.OK)
            {
                problems.Add($"{path} is in the sitemap but answers {(int)response.StatusCode}");
            }
        }

        return problems;
    }
}
