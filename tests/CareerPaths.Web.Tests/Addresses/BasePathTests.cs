using System.Net;
using CareerPaths.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CareerPaths.Web.Tests.Addresses;

/// <summary>
/// Every address the site writes comes from one place: served under a sub-path, every link, form,
/// stylesheet, canonical URL and data-file URL on every page carries it. A link spelled by hand
/// anywhere would point outside the sub-path and fail here.
/// </summary>
public sealed class BasePathTests(BasePathTests.SubPathSiteFactory site) : IClassFixture<BasePathTests.SubPathSiteFactory>
{
    private const string BasePath = "/careers";

    [Fact]
    public async Task Every_reference_on_every_page_stays_under_the_base_path_and_resolves()
    {
        using var client = Client();
        var crawler = new SiteCrawler(client);

        await crawler.CrawlAsync(BasePath + "/");

        var outside = crawler.Pages.SelectMany(page => page.Value
                .QuerySelectorAll("a[href], link[href], img[src], form[action], script[src]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src") ?? e.GetAttribute("action")!)
                .Where(href => href.StartsWith('/') && !href.StartsWith(BasePath + "/", StringComparison.Ordinal))
                .Select(href => $"{page.Key}: {href}"))
            .ToList();
        Assert.Empty(outside);
        Assert.True(crawler.Pages.Count > site.Catalog.Roles.Count, $"the crawl found only {crawler.Pages.Count} pages");
        Assert.Empty(crawler.Statuses.Where(s => s.Value != HttpStatusCode.OK).Select(s => $"{s.Key}: {(int)s.Value}"));
    }

    [Fact]
    public async Task Canonical_links_the_sitemap_and_the_data_files_carry_the_base_path()
    {
        using var client = Client();

        var page = await client.GetHtmlDocumentAsync(BasePath + "/roles/ai-security-engineer");
        var sitemap = await client.GetStringAsync(new Uri(BasePath + "/sitemap.xml", UriKind.Relative));
        var json = await client.GetStringAsync(new Uri(BasePath + "/data/careers.json", UriKind.Relative));
        var robots = await client.GetStringAsync(new Uri(BasePath + "/robots.txt", UriKind.Relative));

        Assert.Equal("http://localhost/careers/roles/ai-security-engineer", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Contains("<loc>http://localhost/careers/roles/ai-security-engineer</loc>", sitemap, StringComparison.Ordinal);
        Assert.Contains("\"url\": \"/careers/roles/ai-security-engineer\"", json, StringComparison.Ordinal);
        Assert.Contains("Sitemap: http://localhost/careers/sitemap.xml", robots, StringComparison.Ordinal);
    }

    private HttpClient Client() =>
        site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://localhost") });

    /// <summary>The real content, served under /careers.</summary>
    public sealed class SubPathSiteFactory : ConfiguredSiteFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?> { ["Site:BasePath"] = BasePath };
    }
}
