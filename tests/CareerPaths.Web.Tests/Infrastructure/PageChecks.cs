using System.Text.Json;
using AngleSharp.Html.Parser;

namespace CareerPaths.Web.Tests.Infrastructure;

/// <summary>What every page must have on any content: metadata for search engines and sharing, and clean, script-free HTML.</summary>
internal static class PageChecks
{
    public static IReadOnlyList<string> MetadataProblems(SiteCrawler crawler, string baseUrl)
    {
        var problems = new List<string>();
        foreach (var (url, page) in crawler.Pages)
        {
            string? Meta(string selector, string attribute = "content") => page.QuerySelector(selector)?.GetAttribute(attribute);
            var canonical = Meta("link[rel=canonical]", "href");
            if (string.IsNullOrWhiteSpace(page.Title) || !page.Title.EndsWith("| CareerPaths", StringComparison.Ordinal))
            {
                problems.Add($"{url}: title '{page.Title}'");
            }

            // How long a description should be is house style (validate's style:summary-length and
            // style:description-length); every page must have one.
            if (string.IsNullOrWhiteSpace(Meta("meta[name=description]")))
            {
                problems.Add($"{url}: no meta description");
            }

            if (canonical is null || !canonical.StartsWith(baseUrl + "/", StringComparison.Ordinal))
            {
                problems.Add($"{url}: canonical '{canonical}'");
            }

            foreach (var property in new[] { "og:title", "og:description", "og:url", "og:type", "og:site_name" })
            {
                if (string.IsNullOrWhiteSpace(Meta($"meta[property='{property}']")))
                {
                    problems.Add($"{url}: no {property}");
                }
            }

            var types = page.QuerySelectorAll("script[type='application/ld+json']")
                .Select(s => JsonDocument.Parse(s.TextContent).RootElement.GetProperty("@type").GetString());
            if (!types.Contains("BreadcrumbList"))
            {
                problems.Add($"{url}: no BreadcrumbList");
            }

            if (page.QuerySelectorAll("h1").Length != 1)
            {
                problems.Add($"{url}: {page.QuerySelectorAll("h1").Length} h1 elements");
            }
        }

        return problems;
    }

    /// <summary>Parse errors, duplicate ids, script other than JSON-LD, and inline styles or handlers the CSP would block.</summary>
    public static async Task<IReadOnlyList<string>> MarkupProblemsAsync(HttpClient client, IEnumerable<string> urls)
    {
        var problems = new List<string>();
        foreach (var url in urls)
        {
            var html = await client.GetStringAsync(new Uri(url, UriKind.Relative));
            var parser = new HtmlParser(new HtmlParserOptions { IsStrictMode = false });
            parser.Error += (_, e) => problems.Add($"{url}: HTML error {((AngleSharp.Html.Dom.Events.HtmlErrorEvent)e).Message} at {((AngleSharp.Html.Dom.Events.HtmlErrorEvent)e).Position}");
            var document = await parser.ParseDocumentAsync(html);
            problems.AddRange(document.QuerySelectorAll("[id]").GroupBy(e => e.Id).Where(g => g.Count() > 1).Select(g => $"{url}: duplicate id '{g.Key}'"));
            problems.AddRange(document.QuerySelectorAll("script:not([type='application/ld+json'])").Select(_ => $"{url}: a script element"));
            problems.AddRange(document.QuerySelectorAll("[style], [onclick], [onload], style").Select(e => $"{url}: inline style or handler on <{e.LocalName}>"));
        }

        return problems;
    }
}
