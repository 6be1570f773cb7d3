using System.Text.Json;
using AngleSharp.Html.Parser;
using CareerPaths.Web.Tests.Infrastructure;

namespace CareerPaths.Web.Tests.Pages;

/// <summary>What every page must have, checked on every page a crawl from the overview finds.</summary>
[Collection(SharedSite.Name)]
public sealed class EveryPageTests(SiteFactory factory)
{
    [Fact]
    public async Task Every_page_has_a_title_description_canonical_link_open_graph_and_breadcrumb_data()
    {
        var crawler = await CrawlAsync();
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

            if (canonical is null || !canonical.StartsWith(SiteFactory.BaseUrl + "/", StringComparison.Ordinal))
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

        Assert.Empty(problems);
    }

    [Fact]
    public async Task Every_page_is_valid_html_with_no_duplicate_ids_and_no_script()
    {
        using var client = factory.CreateSiteClient();
        var crawler = await CrawlAsync();
        var problems = new List<string>();

        foreach (var url in crawler.Pages.Keys)
        {
            var html = await client.GetStringAsync(new Uri(url, UriKind.Relative));
            var parser = new HtmlParser(new HtmlParserOptions { IsStrictMode = false });
            parser.Error += (_, e) => problems.Add($"{url}: HTML error {((AngleSharp.Html.Dom.Events.HtmlErrorEvent)e).Message} at {((AngleSharp.Html.Dom.Events.HtmlErrorEvent)e).Position}");
            var document = await parser.ParseDocumentAsync(html);
            problems.AddRange(document.QuerySelectorAll("[id]").GroupBy(e => e.Id).Where(g => g.Count() > 1).Select(g => $"{url}: duplicate id '{g.Key}'"));
            problems.AddRange(document.QuerySelectorAll("script:not([type='application/ld+json'])").Select(_ => $"{url}: a script element"));
            problems.AddRange(document.QuerySelectorAll("[style], [onclick], [onload]").Select(e => $"{url}: inline style or handler on <{e.LocalName}>"));
        }

        Assert.Empty(problems);
    }

    [Fact]
    public async Task The_html_check_itself_catches_malformed_markup()
    {
        var errors = 0;
        var parser = new HtmlParser();
        parser.Error += (_, _) => errors++;

        await parser.ParseDocumentAsync("<!DOCTYPE html><html><head><title>x</title></head><body><p>a</span></p></body></html>");

        Assert.True(errors > 0);
    }

    private async Task<SiteCrawler> CrawlAsync()
    {
        using var client = factory.CreateSiteClient();
        var crawler = new SiteCrawler(client);
        await crawler.CrawlAsync();
        return crawler;
    }
}
