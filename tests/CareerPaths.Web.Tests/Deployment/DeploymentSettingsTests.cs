using CareerPaths.Testing;
using CareerPaths.Web.Hosting;
using Microsoft.Extensions.Options;

namespace CareerPaths.Web.Tests.Deployment;

/// <summary>The Caching and Proxy settings reach the responses, and a mistyped value stops the start with a message.</summary>
public sealed class DeploymentSettingsTests
{
    [Fact]
    public async Task The_caching_settings_set_the_cache_control_header_a_cdn_reads()
    {
        await using var site = await LoopbackSite.StartAsync([
            $"--Content:Path={RepositoryPaths.Content}",
            "--Caching:MaxAgeSeconds=60",
            "--Caching:SharedMaxAgeSeconds=120",
            "--Caching:StaleWhileRevalidateSeconds=30",
        ]);
        using var client = new HttpClient { BaseAddress = site.Address };

        using var response = await client.GetAsync(new Uri("/progression", UriKind.Relative));

        var cache = response.Headers.CacheControl!;
        Assert.Equal(TimeSpan.FromSeconds(60), cache.MaxAge);
        Assert.Equal(TimeSpan.FromSeconds(120), cache.SharedMaxAge);
        Assert.Contains(cache.Extensions, e => e.Name == "stale-while-revalidate" && e.Value == "30");
    }

    [Theory]
    [InlineData("--Proxy:KnownProxies:0=10.0.0.300", "Proxy:KnownProxies")]
    [InlineData("--Proxy:KnownNetworks:0=10.0.0.0", "Proxy:KnownNetworks")]
    [InlineData("--Proxy:ForwardLimit=0", "Proxy:ForwardLimit")]
    [InlineData("--Caching:SharedMaxAgeSeconds=-1", "Caching:SharedMaxAgeSeconds")]
    public async Task A_malformed_setting_stops_the_start_and_names_the_setting(string setting, string name)
    {
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(async () =>
        {
            await using var site = await LoopbackSite.StartAsync([$"--Content:Path={RepositoryPaths.Content}", setting]);
        });

        Assert.Contains(name, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serving_with_a_malformed_setting_exits_2_with_the_message_and_no_stack_trace()
    {
        var (exit, _, errors) = await Infrastructure.AppProcess.RunAsync("--urls", "http://127.0.0.1:0", "--Proxy:ForwardLimit=0");

        Assert.Equal(2, exit);
        Assert.Contains("Proxy:ForwardLimit is at least 1", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", errors, StringComparison.Ordinal);
    }
}
