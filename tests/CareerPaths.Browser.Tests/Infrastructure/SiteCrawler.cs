using Microsoft.Playwright;

namespace CareerPaths.Browser.Tests.Infrastructure;

/// <summary>
/// Follows every same-origin link from the overview in the browser, so a new page is checked as
/// soon as something links to it. Query strings and fragments are dropped: /search?q=x is /search.
/// </summary>
internal sealed class SiteCrawler(IBrowserContext context, Uri origin)
{
    private const int Limit = 1000;

    public async Task<IReadOnlyList<string>> CrawlAsync()
    {
        var page = await context.NewPageAsync();
        var found = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { "/" };
        var queue = new Queue<string>(["/"]);
        while (queue.Count > 0 && seen.Count <= Limit)
        {
            var path = queue.Dequeue();
            var response = await page.GotoAsync(path);
            // Broken links are the page tests' business; here only real HTML pages are checked.
            if (response is not { Ok: true } || !IsHtml(response))
            {
                continue;
            }

            found.Add(path);
            // getAttribute, not .href: the career map's SVG links have an SVGAnimatedString there.
            var hrefs = await page.EvalOnSelectorAllAsync<string[]>("a[href]", "links => links.map(a => new URL(a.getAttribute('href'), document.baseURI).href)");
            foreach (var link in hrefs.Select(PagePath).OfType<string>().Where(seen.Add))
            {
                queue.Enqueue(link);
            }
        }

        await page.CloseAsync();
        return found;
    }

    private static bool IsHtml(IResponse response) =>
        response.Headers.TryGetValue("content-type", out var type) && type.StartsWith("text/html", StringComparison.OrdinalIgnoreCase);

    /// <summary>The path of a same-origin page link, or null for other sites and for files (a name with an extension) such as the CSV.</summary>
    private string? PagePath(string href)
    {
        if (!Uri.TryCreate(href, UriKind.Absolute, out var uri) || !string.Equals(uri.GetLeftPart(UriPartial.Authority), origin.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return Path.HasExtension(uri.AbsolutePath) ? null : uri.AbsolutePath;
    }
}
