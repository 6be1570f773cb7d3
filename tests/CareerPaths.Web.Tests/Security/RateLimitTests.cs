using System.Net;
using CareerPaths.Web.Tests.Infrastructure;

namespace CareerPaths.Web.Tests.Security;

public sealed class RateLimitTests
{
    [Theory]
    [InlineData("/search?q=python")]
    [InlineData("/find-your-path?background=it-support")]
    [InlineData("/compare?from=ai-security-analyst&to=ai-security-engineer")]
    public async Task A_client_over_the_limit_gets_429_with_retry_after_not_an_error(string url)
    {
        await using var factory = new LimitedSiteFactory();
        using var client = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 4; i++)
        {
            last?.Dispose();
            last = await client.GetAsync(new Uri(url, UriKind.Relative));
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.True(int.Parse(last!.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Contains("Too many requests", await last.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        last.Dispose();
    }

    [Fact]
    public async Task Static_pages_are_not_rate_limited()
    {
        await using var factory = new LimitedSiteFactory();
        using var client = factory.CreateClient();

        for (var i = 0; i < 10; i++)
        {
            using var response = await client.GetAsync(new Uri("/roles", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    private sealed class LimitedSiteFactory : ConfiguredSiteFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
        {
            ["RateLimits:DynamicPermitLimit"] = "3",
            ["RateLimits:DynamicWindowSeconds"] = "60",
        };
    }
}
