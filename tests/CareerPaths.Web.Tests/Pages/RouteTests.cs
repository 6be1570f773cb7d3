using System.Net;
using CareerPaths.Testing;
using CareerPaths.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CareerPaths.Web.Tests.Pages;

/// <summary>Every route answers with the right status and content type.</summary>
[Collection(SharedSite.Name)]
public sealed class RouteTests(SiteFactory factory, ITestOutputHelper output) : SharedSiteTests(factory, output)
{
    /// <summary>Guides are the editors' to add and rename, so their addresses come from the content.</summary>
    public static TheoryData<string, string> GuideRoutes()
    {
        var routes = new TheoryData<string, string>();
        foreach (var guide in RealContent.Catalog.Guides)
        {
            routes.Add($"/guides/{guide.Slug}", "text/html");
        }

        return routes;
    }

    [Theory]
    [InlineData("/", "text/html")]
    [InlineData("/progression", "text/html")]
    [InlineData("/tracks", "text/html")]
    [InlineData("/tracks/technical", "text/html")]
    [InlineData("/tracks/operations", "text/html")]
    [InlineData("/tracks/governance", "text/html")]
    [InlineData("/tracks/operations/print", "text/html")]
    [InlineData("/entry-points", "text/html")]
    [InlineData("/roles", "text/html")]
    [InlineData("/roles?track=governance&level=mid", "text/html")]
    [InlineData("/roles/ai-security-engineer", "text/html")]
    [InlineData("/find-your-path", "text/html")]
    [InlineData("/find-your-path?background=data-scientist&interest=Risk+management&years=3", "text/html")]
    [InlineData("/resources", "text/html")]
    [InlineData("/resources/certifications", "text/html")]
    [InlineData("/resources/learning", "text/html")]
    [InlineData("/resources/downloads", "text/html")]
    [InlineData("/skills", "text/html")]
    [InlineData("/compare", "text/html")]
    [InlineData("/compare?from=ai-security-analyst&to=ai-security-engineer", "text/html")]
    [InlineData("/search?q=python", "text/html")]
    [InlineData("/search", "text/html")]
    [InlineData("/map", "text/html")]
    [InlineData("/data/careers.json", "application/json")]
    [InlineData("/data/careers.csv", "text/csv")]
    [InlineData("/data/careers.schema.json", "application/json")]
    [InlineData("/sitemap.xml", "application/xml")]
    [InlineData("/robots.txt", "text/plain")]
    [InlineData("/healthz", "text/plain")]
    [InlineData("/css/site.css", "text/css")]
    [MemberData(nameof(GuideRoutes))]
    public async Task A_route_answers_200_with_its_content_type(string url, string contentType)
    {
        using var client = Site.CreateSiteClient();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/no-such-page")]
    [InlineData("/roles/no-such-role")]
    [InlineData("/tracks/no-such-track")]
    [InlineData("/tracks/no-such-track/print")]
    [InlineData("/guides/no-such-guide")]
    [InlineData("/skills/no-such-skill")]
    [InlineData("/roles/ai-security-engineer/extra")]
    public async Task An_unknown_route_or_slug_is_a_404_inside_the_layout(string url)
    {
        using var client = Site.CreateSiteClient();

        var page = await client.GetHtmlDocumentAsync(url, HttpStatusCode.NotFound);

        Assert.Equal("Page not found", page.QuerySelector("main h1")!.Text());
        Assert.Equal(CareerPaths.Web.Pages.Common.Navigation.Primary.Count, page.QuerySelectorAll("nav.primary-nav a").Length);
        Assert.Contains("/roles", page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")));
    }
}
