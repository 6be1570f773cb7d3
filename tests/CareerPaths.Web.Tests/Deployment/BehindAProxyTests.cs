using System.Net;
using CareerPaths.Web.Tests.Infrastructure;

namespace CareerPaths.Web.Tests.Deployment;

/// <summary>
/// Behind a trusted reverse proxy the site sees each visitor, not the proxy: separate rate-limit
/// windows, the visitor's address in the request log, and https in canonical links when the proxy
/// says so. A hop the site does not trust cannot claim another address or scheme.
/// </summary>
public sealed class BehindAProxyTests(SiteBehindNginxProxy proxy) : IClassFixture<SiteBehindNginxProxy>
{
    private const string Search = "/search?q=security";

    [Fact]
    public async Task Two_visitors_behind_the_proxy_get_separate_rate_limit_windows()
    {
        using var client = SiteBehindNginxProxy.ClientFrom("127.0.0.1", proxy.Nginx.Address);

        var first = await StatusesAsync(client, "203.0.113.10", SiteBehindNginxProxy.PermitLimit + 1);
        var second = await StatusesAsync(client, "203.0.113.20", 1);

        Assert.Equal(HttpStatusCode.TooManyRequests, first[^1]);
        Assert.All(first[..^1], status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal([HttpStatusCode.OK], second);
    }

    [Fact]
    public async Task An_untrusted_client_cannot_escape_its_rate_limit_by_claiming_other_addresses()
    {
        using var client = SiteBehindNginxProxy.ClientFrom("127.0.0.2", proxy.Nginx.Address);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i <= SiteBehindNginxProxy.PermitLimit; i++)
        {
            statuses.AddRange(await StatusesAsync(client, $"198.51.100.{i + 1}", 1));
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        var log = await proxy.LogLinesAsync("\"ClientAddress\":\"127.0.0.2\"");
        Assert.Contains(log, line => line.Contains("\"ClientAddress\":\"127.0.0.2\"", StringComparison.Ordinal));
        Assert.DoesNotContain(log, line => line.Contains("198.51.100.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_request_log_names_the_visitor_and_the_scheme_the_proxy_reported()
    {
        using var client = SiteBehindNginxProxy.ClientFrom("127.0.0.1", proxy.Nginx.Address);

        await StatusesAsync(client, "203.0.113.30", 1);
        var log = await proxy.LogLinesAsync("\"ClientAddress\":\"203.0.113.30\"");

        var line = Assert.Single(log, l => l.Contains("\"ClientAddress\":\"203.0.113.30\"", StringComparison.Ordinal));
        Assert.Contains("\"RequestScheme\":\"https\"", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Canonical_and_open_graph_urls_say_https_when_the_proxy_says_so()
    {
        using var client = SiteBehindNginxProxy.ClientFrom("127.0.0.1", proxy.Nginx.Address);

        var page = await client.GetHtmlDocumentAsync("/roles/ai-security-engineer");

        var expected = $"https://{proxy.Nginx.Address.Authority}/roles/ai-security-engineer";
        Assert.Equal(expected, page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Equal(expected, page.QuerySelector("meta[property='og:url']")?.GetAttribute("content"));
    }

    [Fact]
    public async Task A_client_the_site_does_not_trust_cannot_claim_https_by_talking_to_it_directly()
    {
        using var client = SiteBehindNginxProxy.ClientFrom("127.0.0.2", proxy.Site.Address);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/roles/ai-security-engineer");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "192.0.2.1");

        using var response = await client.SendAsync(request);
        var page = await HtmlClientExtensions.ParseAsync(await response.Content.ReadAsStringAsync());

        Assert.StartsWith("http://", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"), StringComparison.Ordinal);
    }

    private static async Task<List<HttpStatusCode>> StatusesAsync(HttpClient client, string forwardedFor, int count)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < count; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, Search);
            request.Headers.Add("X-Forwarded-For", forwardedFor);
            using var response = await client.SendAsync(request);
            statuses.Add(response.StatusCode);
        }

        return statuses;
    }
}
