using System.Net;
using CareerPaths.Testing;
using CareerPaths.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CareerPaths.Web.Tests.Languages;

/// <summary>
/// Every kind of page exists in both languages, says which it is in (html lang, Content-Language),
/// links to its twin with the switcher, and lists both as reciprocal hreflang alternates.
/// </summary>
[Collection(SharedSite.Name)]
public sealed class LanguageRouteTests(SiteFactory factory, ITestOutputHelper output) : SharedSiteTests(factory, output)
{
    public static TheoryData<string> PageKinds() => [.. SpanishPages.OfEveryKind()];

    [Theory]
    [MemberData(nameof(PageKinds))]
    public async Task Each_page_is_in_english_at_the_root_and_in_spanish_under_es_and_says_so(string english)
    {
        using var client = Site.CreateSiteClient();

        foreach (var (url, code) in new[] { (english, "en"), (SpanishPages.InSpanish(english), "es") })
        {
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}");
            Assert.Equal([code], response.Content.Headers.ContentLanguage);
            var page = await HtmlClientExtensions.ParseAsync(await response.Content.ReadAsStringAsync());
            Assert.Equal(code, page.DocumentElement.GetAttribute("lang"));
        }
    }

    [Theory]
    [MemberData(nameof(PageKinds))]
    public async Task The_switcher_is_a_plain_link_to_the_same_page_in_the_other_language(string english)
    {
        using var client = Site.CreateSiteClient();
        var spanish = SpanishPages.InSpanish(english);

        var englishPage = await client.GetHtmlDocumentAsync(english);
        var spanishPage = await client.GetHtmlDocumentAsync(spanish);

        var toSpanish = englishPage.QuerySelector(".language-switch a[hreflang=es]")!;
        var toEnglish = spanishPage.QuerySelector(".language-switch a[hreflang=en]")!;
        Assert.Equal(Canonical(spanishPage), SiteFactory.BaseUrl + toSpanish.GetAttribute("href"));
        Assert.Equal(Canonical(englishPage), SiteFactory.BaseUrl + toEnglish.GetAttribute("href"));
        Assert.Equal("Español", toSpanish.Text());
        Assert.Equal("English", toEnglish.Text());
    }

    [Theory]
    [MemberData(nameof(PageKinds))]
    public async Task Both_languages_list_the_same_reciprocal_hreflang_alternates(string english)
    {
        using var client = Site.CreateSiteClient();

        var englishPage = await client.GetHtmlDocumentAsync(english);
        var spanishPage = await client.GetHtmlDocumentAsync(SpanishPages.InSpanish(english));

        var alternates = Alternates(englishPage);
        Assert.Equal(["en", "es", "x-default"], alternates.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(alternates, Alternates(spanishPage));
        Assert.Equal(Canonical(englishPage), alternates["en"]);
        Assert.Equal(Canonical(spanishPage), alternates["es"]);
        Assert.Equal(alternates["en"], alternates["x-default"]);
    }

    [Fact]
    public async Task An_unknown_address_under_es_gets_the_spanish_404_page_with_spanish_navigation()
    {
        using var client = Site.CreateSiteClient();
        var spanish = RealContent.Result.Edition(Content.Model.SiteLanguage.Spanish)!.Catalog.Text;

        var page = await client.GetHtmlDocumentAsync("/es/no-such-page", HttpStatusCode.NotFound);

        Assert.Equal("es", page.DocumentElement.GetAttribute("lang"));
        var nav = page.QuerySelectorAll(".primary-nav a").Select(a => (a.Text(), a.GetAttribute("href"))).ToList();
        Assert.Contains((spanish["nav.roles"], "/es/roles"), nav);
    }

    private static string Canonical(AngleSharp.Dom.IDocument page) =>
        page.QuerySelector("link[rel=canonical]")!.GetAttribute("href")!;

    private static Dictionary<string, string> Alternates(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll("link[rel=alternate][hreflang]")
            .ToDictionary(l => l.GetAttribute("hreflang")!, l => l.GetAttribute("href")!, StringComparer.Ordinal);
}
