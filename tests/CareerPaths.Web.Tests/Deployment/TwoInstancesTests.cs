using System.Net;
using System.Xml.Linq;
using CareerPaths.Testing;
using CareerPaths.Web.Hosting;

namespace CareerPaths.Web.Tests.Deployment;

/// <summary>
/// Two instances of the site on the same content, as behind a load balancer: for every sitemap
/// URL and every encoding they send the same bytes and the same ETag, so a CDN can revalidate a
/// copy from one against the other; and every answer tells shared caches how long to keep it.
/// </summary>
public sealed class TwoInstancesTests(TwoInstancesTests.Instances instances) : IClassFixture<TwoInstancesTests.Instances>
{
    private readonly LoopbackSite _first = instances.First;
    private readonly LoopbackSite _second = instances.Second;

    public static TheoryData<string> Encodings => ["br", "gzip", "identity"];

    [Theory]
    [MemberData(nameof(Encodings))]
    public async Task Both_instances_send_identical_bytes_and_etags_for_every_sitemap_url(string encoding)
    {
        using var first = Client(_first);
        using var second = Client(_second);
        var differences = new List<string>();

        var paths = await SitemapPathsAsync(first);
        foreach (var path in paths.Concat(["/data/careers.json", "/data/careers.csv", "/sitemap.xml"]))
        {
            var (firstBody, firstTag) = await GetAsync(first, path, encoding);
            var (secondBody, secondTag) = await GetAsync(second, path, encoding);
            if (firstTag is null || firstTag != secondTag || !firstBody.AsSpan().SequenceEqual(secondBody))
            {
                differences.Add($"{path}: ETag {firstTag} / {secondTag}, {firstBody.Length} / {secondBody.Length} bytes");
            }
        }

        Assert.NotEmpty(paths);
        Assert.Empty(differences);
    }

    [Fact]
    public async Task Pages_and_data_tell_a_cdn_how_long_to_keep_them_and_that_the_body_depends_on_the_encoding()
    {
        using var client = Client(_first);
        var problems = new List<string>();

        foreach (var path in (await SitemapPathsAsync(client)).Concat(["/data/careers.json", "/data/careers.csv"]))
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.AcceptEncoding.ParseAdd("gzip");
            using var response = await client.SendAsync(request);
            var cache = response.Headers.CacheControl;
            if (response.StatusCode != HttpStatusCode.OK
                || cache is not { Public: true, SharedMaxAge: not null, MaxAge: not null }
                || !cache.Extensions.Any(e => e.Name == "stale-while-revalidate" && int.TryParse(e.Value, out var seconds) && seconds > 0)
                || !response.Headers.Vary.Contains("Accept-Encoding"))
            {
                problems.Add($"{path}: {(int)response.StatusCode}, Cache-Control '{cache}', Vary '{response.Headers.Vary}'");
            }
        }

        Assert.Empty(problems);
    }

    private static HttpClient Client(LoopbackSite site) =>
        new(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.None, AllowAutoRedirect = false }) { BaseAddress = site.Address };

    private static async Task<(byte[] Body, string? ETag)> GetAsync(HttpClient client, string path, string encoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptEncoding.ParseAdd(encoding);
        using var response = await client.SendAsync(request);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
        return (await response.Content.ReadAsByteArrayAsync(), response.Headers.ETag?.Tag);
    }

    private static async Task<List<string>> SitemapPathsAsync(HttpClient client)
    {
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var sitemap = XDocument.Parse(await client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative)));
        return [.. sitemap.Descendants(ns + "loc").Select(loc => new Uri(loc.Value).PathAndQuery)];
    }

    /// <summary>Two sites on Kestrel with the same content and settings, started once for the class.</summary>
    public sealed class Instances : IAsyncLifetime
    {
        public LoopbackSite First { get; private set; } = null!;

        public LoopbackSite Second { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            string[] settings = [$"--Content:Path={RepositoryPaths.Content}", "--Site:BaseUrl=https://careers.example.org"];
            var sites = await Task.WhenAll(LoopbackSite.StartAsync(settings), LoopbackSite.StartAsync(settings));
            (First, Second) = (sites[0], sites[1]);
        }

        public async Task DisposeAsync()
        {
            await First.DisposeAsync();
            await Second.DisposeAsync();
        }
    }
}
