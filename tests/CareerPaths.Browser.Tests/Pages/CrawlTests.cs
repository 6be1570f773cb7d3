using System.Xml.Linq;
using CareerPaths.Browser.Tests.Infrastructure;

namespace CareerPaths.Browser.Tests.Pages;

/// <summary>The per-page checks are only as good as the crawl: it must reach every page the sitemap lists.</summary>
[Collection(SharedBrowser.Name)]
public sealed class CrawlTests(BrowserSite site)
{
    [Fact]
    public async Task The_crawl_reaches_every_page_in_the_sitemap()
    {
        await using var context = await site.NewContextAsync();
        await using var response = await context.APIRequest.GetAsync("/sitemap.xml");
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var listed = XDocument.Parse(await response.TextAsync()).Descendants(ns + "loc").Select(loc => new Uri(loc.Value).AbsolutePath).ToList();

        var crawled = await site.PagesAsync();

        Assert.True(listed.Count > 40, $"the sitemap lists only {listed.Count} pages");
        Assert.Empty(listed.Except(crawled, StringComparer.Ordinal));
    }
}
