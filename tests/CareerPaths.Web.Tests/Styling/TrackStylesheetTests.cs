using System.Net;
using CareerPaths.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CareerPaths.Web.Tests.Styling;

/// <summary>
/// Track colours come from content as a linked stylesheet: no inline style, cacheable, and nothing
/// about tracks left in site.css. That it holds every track's colours is a check for any content.
/// </summary>
[Collection(SharedSite.Name)]
public sealed class TrackStylesheetTests(SiteFactory factory, ITestOutputHelper output) : SharedSiteTests(factory, output)
{
    [Fact]
    public async Task The_linked_stylesheet_is_css_under_the_csp_and_cached_for_a_year()
    {
        using var client = Site.CreateSiteClient();
        var page = await client.GetHtmlDocumentAsync("/");
        var href = page.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!).Single(h => h.StartsWith("/css/tracks.css?v=", StringComparison.Ordinal));

        using var response = await client.GetAsync(new Uri(href, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl!.ToString());
        Assert.Contains("style-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_stylesheet_without_its_current_version_is_not_cached_for_long()
    {
        using var client = Site.CreateSiteClient();

        using var response = await client.GetAsync(new Uri("/css/tracks.css?v=stale", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TimeSpan.FromMinutes(5), response.Headers.CacheControl!.MaxAge);
    }

    [Fact]
    public async Task The_sites_own_stylesheet_names_no_track()
    {
        using var client = Site.CreateSiteClient();

        var css = await client.GetStringAsync(new Uri("/css/site.css", UriKind.Relative));

        Assert.All(Site.Catalog.Tracks, track =>
        {
            Assert.DoesNotContain($"track-{track.Slug}", css, StringComparison.Ordinal);
            Assert.DoesNotContain($"--{track.Slug}", css, StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/progression")]
    [InlineData("/map")]
    [InlineData("/roles")]
    public async Task Every_coloured_element_names_a_track_the_stylesheet_knows(string url)
    {
        using var client = Site.CreateSiteClient();

        var page = await client.GetHtmlDocumentAsync(url);

        var named = page.QuerySelectorAll("[data-track]").Select(e => e.GetAttribute("data-track")).ToList();
        Assert.NotEmpty(named);
        Assert.All(named, slug => Assert.NotNull(Site.Catalog.FindTrack(slug)));
    }
}
