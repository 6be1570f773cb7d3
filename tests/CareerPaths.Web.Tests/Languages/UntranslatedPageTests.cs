using System.Net;
using System.Xml.Linq;
using CareerPaths.Content.Addresses;
using CareerPaths.Testing;
using CareerPaths.Web.Tests.Infrastructure;

namespace CareerPaths.Web.Tests.Languages;

/// <summary>
/// A page whose translation is missing is still served under /es/, in English, with a notice in
/// Spanish that links to the English page; it is not indexed and is left out of the Spanish sitemap.
/// </summary>
public sealed class UntranslatedPageTests(UntranslatedPageTests.Site site) : IClassFixture<UntranslatedPageTests.Site>
{
    private readonly ConfiguredSiteFactory _site = site.Factory;
    private readonly ContentCopy _content = site.Content;
    private readonly string _role = site.RolePath;

    /// <summary>A copy of the content whose first translated role has lost its translation, as when an editor adds a role in English only.</summary>
    public sealed class Site : IDisposable
    {
        public Site()
        {
            var role = RealContent.Catalog.Roles.First(r => File.Exists(Content.Path("es/" + r.Source.Path)));
            File.Delete(Content.Path("es/" + role.Source.Path));
            RolePath = SiteMap.Role(role).Value;
            Factory = new CopySiteFactory(Content.Directory);
        }

        public ContentCopy Content { get; } = new();

        public ConfiguredSiteFactory Factory { get; }

        public string RolePath { get; }

        public void Dispose()
        {
            Factory.Dispose();
            Content.Dispose();
        }
    }

    [Fact]
    public async Task The_page_shows_the_english_text_under_a_spanish_notice_that_links_to_the_english_page()
    {
        using var client = _site.CreateClient();
        var english = await client.GetHtmlDocumentAsync(_role);

        var page = await client.GetHtmlDocumentAsync("/es" + _role);

        Assert.Equal("es", page.DocumentElement.GetAttribute("lang"));
        var notice = page.QuerySelector(".translation-notice")!;
        var spanish = RealContent.Result.Edition(Content.Model.SiteLanguage.Spanish)!.Catalog.Text;
        Assert.Contains(spanish["layout.untranslated"], notice.Text(), StringComparison.Ordinal);
        Assert.Equal(_role, notice.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("en", page.QuerySelector("main")!.GetAttribute("lang"));
        Assert.Equal(english.QuerySelector("h1")!.Text(), page.QuerySelector("h1")!.Text());
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        Assert.Null(english.QuerySelector(".translation-notice"));
    }

    [Fact]
    public async Task The_page_is_left_out_of_the_spanish_sitemap_but_its_english_page_stays()
    {
        using var client = _site.CreateClient();

        var sitemap = XDocument.Parse(await client.GetStringAsync(new Uri(SiteMap.SitemapXml.Value, UriKind.Relative)));

        var locs = sitemap.Descendants(XNamespace.Get("http://www.sitemaps.org/schemas/sitemap/0.9") + "loc").Select(l => new Uri(l.Value).AbsolutePath).ToList();
        Assert.Contains(_role, locs);
        Assert.DoesNotContain("/es" + _role, locs);
        Assert.Contains("/es/", locs);
    }

    [Fact]
    public async Task Validate_still_passes_because_a_missing_translation_is_not_an_error()
    {
        var result = Content.CatalogLoader.Load(_content.Directory);

        Assert.True(result.Succeeded, string.Join('\n', result.Errors));
        using var client = _site.CreateClient();
        using var response = await client.GetAsync(new Uri("/es" + _role, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private sealed class CopySiteFactory(string content) : ConfiguredSiteFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?> { ["Content:Path"] = content };
    }
}
