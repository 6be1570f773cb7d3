using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using CareerPaths.Content.Addresses;
using CareerPaths.Content.Model;
using CareerPaths.Testing;
using CareerPaths.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CareerPaths.Web.Tests.Languages;

/// <summary>What the Spanish pages say, the Spanish data files and search, and the sitemap's languages.</summary>
[Collection(SharedSite.Name)]
public sealed class SpanishContentTests(SiteFactory factory, ITestOutputHelper output) : SharedSiteTests(factory, output)
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    private static Catalog Spanish => RealContent.Result.Edition(SiteLanguage.Spanish)!.Catalog;

    [Fact]
    public async Task A_translated_role_page_shows_the_spanish_words_and_the_originals_facts()
    {
        var role = Spanish.Roles.First(r => !Spanish.IsUntranslated(r.Source.Path));
        using var client = Site.CreateSiteClient();

        var page = await client.GetHtmlDocumentAsync("/es" + SiteMap.Role(role).Value);

        Assert.Equal(role.Title, page.QuerySelector("h1")!.Text());
        Assert.Contains(SeedFacts.Normalize(Spanish.Text.Salary(role.Level.Salary)), page.Body!.Text(), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector(".translation-notice"));
        Assert.Null(page.QuerySelector("meta[name=robots]"));
        Assert.All(page.QuerySelectorAll("main a[href^='/']").Select(a => a.GetAttribute("href")!)
            .Where(h => !h.StartsWith("/data/careers.schema", StringComparison.Ordinal)),
            href => Assert.StartsWith("/es/", href, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_spanish_salaries_are_in_us_dollars_written_the_spanish_way()
    {
        using var client = Site.CreateSiteClient();
        var level = Spanish.Levels[0];

        var page = await client.GetHtmlDocumentAsync("/es" + SiteMap.Progression.Value);

        var expected = "US$" + level.Salary.Min.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture).Replace(',', '.');
        Assert.Contains(expected, page.Body!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sitemap_lists_both_languages_with_reciprocal_alternates_and_spanish_only_where_translated()
    {
        using var client = Site.CreateSiteClient();

        var sitemap = XDocument.Parse(await client.GetStringAsync(new Uri(SiteMap.SitemapXml.Value, UriKind.Relative)));

        var urls = sitemap.Root!.Elements(Ns + "url").ToDictionary(
            u => u.Element(Ns + "loc")!.Value,
            u => u.Elements(Xhtml + "link").ToDictionary(l => l.Attribute("hreflang")!.Value, l => l.Attribute("href")!.Value));
        var english = SitePages.All(RealContent.Catalog).Select(p => SiteFactory.BaseUrl + p.Value).ToList();
        var translated = SitePages.Translated(Spanish).Select(p => SiteFactory.BaseUrl + "/es" + p.Value).ToList();
        Assert.Equal(english.Concat(translated).Order(StringComparer.Ordinal), urls.Keys.Order(StringComparer.Ordinal));
        Assert.NotEmpty(translated);
        foreach (var (loc, alternates) in urls.Where(u => u.Value.Count > 0))
        {
            Assert.Contains(loc, alternates.Values);
            Assert.All(alternates.Values, href => Assert.Equal(alternates, urls[href]));
        }

        Assert.All(translated, loc => Assert.Equal(["en", "es", "x-default"], urls[loc].Keys.Order(StringComparer.Ordinal)));
    }

    [Fact]
    public async Task The_spanish_data_file_has_the_english_files_shape_with_spanish_words_and_spanish_addresses()
    {
        using var client = Site.CreateSiteClient();

        using var english = JsonDocument.Parse(await client.GetStringAsync(new Uri(SiteMap.CareersJson.Value, UriKind.Relative)));
        using var spanish = JsonDocument.Parse(await client.GetStringAsync(new Uri("/es" + SiteMap.CareersJson.Value, UriKind.Relative)));

        Assert.Equal(Shape(english.RootElement), Shape(spanish.RootElement));
        var text = spanish.RootElement.GetRawText();
        var role = Spanish.Roles.First(r => !Spanish.IsUntranslated(r.Source.Path));
        Assert.Contains(JsonSerializer.Serialize(role.Title)[1..^1], text, StringComparison.Ordinal);
        Assert.Contains("/es/roles/" + role.Slug, text, StringComparison.Ordinal);
        using var csv = await client.GetAsync(new Uri("/es" + SiteMap.CareersCsv.Value, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
    }

    [Fact]
    public async Task Spanish_search_finds_a_role_by_a_spanish_word_typed_without_accents()
    {
        var role = Spanish.Roles.First(r => !Spanish.IsUntranslated(r.Source.Path) && r.Title != RealContent.Catalog.FindRole(r.Slug)!.Title);
        var query = new string(role.Title.Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            .ToArray()).ToLowerInvariant();
        using var client = Site.CreateSiteClient();

        var page = await client.GetHtmlDocumentAsync("/es" + SiteMap.Search(query).Value);

        var links = page.QuerySelectorAll("main a[href]").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/es" + SiteMap.Role(role).Value, links);
    }

    /// <summary>The names and kinds of a JSON value's properties, all the way down (arrays by their first item).</summary>
    private static string Shape(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "{" + string.Join(",", element.EnumerateObject().Select(p => p.Name + ":" + Shape(p.Value))) + "}",
        JsonValueKind.Array => "[" + (element.GetArrayLength() > 0 ? Shape(element[0]) : string.Empty) + "]",
        JsonValueKind.True or JsonValueKind.False => "bool",
        _ => element.ValueKind.ToString(),
    };
}
