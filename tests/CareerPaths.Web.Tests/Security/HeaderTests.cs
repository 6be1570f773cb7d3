using System.Net;
using CareerPaths.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CareerPaths.Web.Tests.Security;

[Collection(SharedSite.Name)]
public sealed class HeaderTests(SiteFactory factory, ITestOutputHelper output) : SharedSiteTests(factory, output)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/roles/ai-security-engineer")]
    [InlineData("/no-such-page")]
    [InlineData("/css/site.css")]
    [InlineData("/data/careers.json")]
    public async Task Every_response_carries_the_security_headers(string url)
    {
        using var client = Site.CreateSiteClient();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task Fingerprinted_static_files_carry_the_security_headers()
    {
        using var client = Site.CreateSiteClient();
        var page = await client.GetHtmlDocumentAsync("/");
        var assets = LinkedAssets.Of(page);

        foreach (var href in assets)
        {
            using var response = await client.GetAsync(new Uri(href, UriKind.Relative));

            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{href}: {(int)response.StatusCode}");
            AssertSecurityHeaders(response);
        }

        Assert.NotEmpty(assets);
    }

    [Fact]
    public async Task Https_responses_outside_development_carry_hsts()
    {
        using var client = Site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri(SiteFactory.BaseUrl) });

        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.StartsWith("max-age=", response.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_have_a_strong_etag_and_answer_304_when_it_matches()
    {
        using var client = Site.CreateSiteClient();
        using var first = await client.GetAsync(new Uri("/tracks/technical", UriKind.Relative));
        var etag = first.Headers.ETag!;

        using var request = new HttpRequestMessage(HttpMethod.Get, "/tracks/technical");
        request.Headers.IfNoneMatch.Add(etag);
        using var second = await client.SendAsync(request);

        Assert.False(etag.IsWeak);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(TimeSpan.FromMinutes(5), first.Headers.CacheControl!.MaxAge);
    }

    [Fact]
    public async Task Pages_are_compressed_for_clients_that_ask()
    {
        using var client = Site.CreateSiteClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/progression");
        request.Headers.AcceptEncoding.ParseAdd("br");

        using var response = await client.SendAsync(request);

        Assert.Equal("br", response.Content.Headers.ContentEncoding.Single());
    }

    [Fact]
    public async Task A_fingerprinted_stylesheet_is_cached_as_immutable()
    {
        using var client = Site.CreateSiteClient();
        var page = await client.GetHtmlDocumentAsync("/");
        var href = page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;

        using var response = await client.GetAsync(new Uri(href, UriKind.Relative));

        Assert.Matches(@"^/css/site\.[a-z0-9]+\.css$", href);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("max-age=31536000, immutable", response.Headers.CacheControl!.ToString());
        Assert.False(response.Headers.ETag!.IsWeak);
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task Methods_other_than_get_and_head_are_refused_with_405(string method)
    {
        using var client = Site.CreateSiteClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), "/roles");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("GET, HEAD", response.Content.Headers.Allow.Count > 0 ? string.Join(", ", response.Content.Headers.Allow) : response.Headers.GetValues("Allow").Single());
    }

    private static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("camera=()", response.Headers.GetValues("Permissions-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("same-origin", response.Headers.GetValues("Cross-Origin-Opener-Policy").Single());
        Assert.False(response.Headers.Contains("Server"));
    }
}
