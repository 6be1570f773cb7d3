using System.Net;
using System.Xml.Linq;
using CareerPaths.Content.Tests;
using CareerPaths.Web.Tests.Infrastructure;

namespace CareerPaths.Web.Tests.Pages;

/// <summary>A crawl from the overview: every internal link on every page resolves, and the sitemap lists every page found.</summary>
[Collection(SharedSite.Name)]
public sealed class CrawlTests(SiteFactory factory)
{
    [Fact]
    public async Task Every_internal_link_on_every_page_resolves()
    {
        using var client = factory.CreateSiteClient();
        var crawler = new SiteCrawler(client);

        await crawler.CrawlAsync();

        var broken = crawler.Statuses.Where(s => s.Value != HttpStatusCode.OK)
            .Select(s => $"{s.Key} -> {(int)s.Value} (linked from {string.Join(", ", crawler.Links.Where(l => l.Href.Split('#')[0] == s.Key).Select(l => l.From).Distinct().Take(3))})");
        Assert.Empty(broken);
        var catalog = RealContent.Catalog;
        var entries = catalog.Tracks.Select(t => $"/tracks/{t.Slug}")
            .Concat(catalog.Roles.Select(r => $"/roles/{r.Slug}"))
            .Concat(catalog.Guides.Select(g => $"/guides/{g.Slug}"));
        Assert.Empty(entries.Except(crawler.Pages.Keys));
    }

    [Fact]
    public async Task Every_fragment_link_points_at_an_element_that_exists()
    {
        using var client = factory.CreateSiteClient();
        var crawler = new SiteCrawler(client);

        await crawler.CrawlAsync();

        var missing = crawler.Fragments
            .Where(f => crawler.Pages.TryGetValue(f.Target, out var page) && page.GetElementById(f.Fragment) is null)
            .Select(f => $"{f.From} links to {f.Target}#{f.Fragment}");
        Assert.Empty(missing);
    }

    [Fact]
    public async Task The_sitemap_lists_every_page_the_crawl_finds()
    {
        using var client = factory.CreateSiteClient();
        var crawler = new SiteCrawler(client);
        await crawler.CrawlAsync();

        var sitemap = XDocument.Parse(await client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative)));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var listed = sitemap.Descendants(ns + "loc").Select(l => new Uri(l.Value).AbsolutePath).ToHashSet(StringComparer.Ordinal);

        var crawled = crawler.Pages.Keys.Where(p => !p.Contains('?', StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        Assert.Empty(crawled.Except(listed));
        Assert.Empty(listed.Except(crawled));
        Assert.All(sitemap.Descendants(ns + "loc"), loc => Assert.StartsWith(SiteFactory.BaseUrl, loc.Value, StringComparison.Ordinal));
    }
}
