using System.Net;
using CareerPaths.Testing;
using CareerPaths.Web.Hosting;

namespace CareerPaths.Web.Tests.Security;

/// <summary>Requests the in-memory server cannot carry, sent to the real site on Kestrel.</summary>
public sealed class RealSocketTests
{
    [Theory]
    [InlineData("/roles/%00")]
    [InlineData("/roles/ai%00security")]
    [InlineData("/search/%00?q=x")]
    public async Task A_null_byte_in_the_path_is_a_400_not_a_server_error(string path)
    {
        await using var site = await LoopbackSite.StartAsync([$"--Content:Path={RepositoryPaths.Content}"]);
        using var client = new HttpClient { BaseAddress = site.Address };

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task An_oversized_header_is_refused_without_a_server_error()
    {
        await using var site = await LoopbackSite.StartAsync([$"--Content:Path={RepositoryPaths.Content}"]);
        using var client = new HttpClient { BaseAddress = site.Address };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("X-Big", new string('a', 40 * 1024));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, response.StatusCode);
    }
}
