using System.Net;
using CareerPaths.Testing;
using CareerPaths.Web.Hosting;
using CareerPaths.Web.Tests.Infrastructure;

namespace CareerPaths.Web.Tests.Deployment;

/// <summary>
/// Without Proxy settings the site believes no forwarded header, not even from loopback (which
/// ASP.NET Core would trust out of the box): a visitor cannot pick its own address or scheme.
/// </summary>
public sealed class NoProxyTrustedByDefaultTests
{
    [Fact]
    public async Task Forwarded_headers_change_neither_the_rate_limit_window_nor_the_canonical_scheme()
    {
        await using var site = await LoopbackSite.StartAsync([
            $"--Content:Path={RepositoryPaths.Content}",
            "--RateLimits:DynamicPermitLimit=1",
            "--RateLimits:DynamicWindowSeconds=600",
        ]);
        using var client = new HttpClient { BaseAddress = site.Address };

        var statuses = new List<HttpStatusCode>();
        foreach (var claimed in new[] { "203.0.113.1", "203.0.113.2" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/search?q=security");
            request.Headers.Add("X-Forwarded-For", claimed);
            using var response = await client.SendAsync(request);
            statuses.Add(response.StatusCode);
        }

        using var page = new HttpRequestMessage(HttpMethod.Get, "/roles/ai-security-engineer");
        page.Headers.Add("X-Forwarded-Proto", "https");
        using var answer = await client.SendAsync(page);
        var document = await HtmlClientExtensions.ParseAsync(await answer.Content.ReadAsStringAsync());

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.StartsWith("http://127.0.0.1:", document.QuerySelector("link[rel=canonical]")?.GetAttribute("href"), StringComparison.Ordinal);
    }
}
