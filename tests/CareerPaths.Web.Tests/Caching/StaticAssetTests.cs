using System.IO.Compression;
using System.Net;
using CareerPaths.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CareerPaths.Web.Tests.Caching;

/// <summary>
/// The files under wwwroot as MapStaticAssets serves them: linked by fingerprinted name, cached
/// for a year, sent precompressed, and never with one ETag for two different bodies.
/// </summary>
[Collection(SharedSite.Name)]
public sealed class StaticAssetTests(SiteFactory factory, ITestOutputHelper output) : SharedSiteTests(factory, output)
{
    [Fact]
    public async Task Every_static_file_a_page_links_is_fingerprinted_and_cached_as_immutable()
    {
        using var client = Site.CreateSiteClient();
        var page = await client.GetHtmlDocumentAsync("/");
        var assets = LinkedAssets.Of(page);

        foreach (var href in assets)
        {
            using var response = await client.GetAsync(new Uri(href, UriKind.Relative));

            var source = LinkedAssets.SourceFile(href);
            Assert.True(source is not null && File.Exists(source), $"{href} is not the name of a wwwroot file with a fingerprint");
            Assert.Equal("max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
            Assert.Equal(await File.ReadAllBytesAsync(source), await response.Content.ReadAsByteArrayAsync());
        }

        Assert.Contains(assets, href => href.StartsWith("/favicon.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_stylesheet_is_sent_gzipped_to_a_client_that_accepts_it()
    {
        using var client = Site.CreateSiteClient();
        var href = await StylesheetAsync(client);
        using var plain = await GetAsync(client, href, acceptEncoding: null);

        using var gzipped = await GetAsync(client, href, "gzip");

        var compressed = await gzipped.Content.ReadAsByteArrayAsync();
        Assert.Equal("gzip", gzipped.Content.Headers.ContentEncoding.Single());
        Assert.True(compressed.Length < plain.Content.Headers.ContentLength / 2, $"{compressed.Length} bytes gzipped, {plain.Content.Headers.ContentLength} plain");
        Assert.Equal(await plain.Content.ReadAsByteArrayAsync(), Gunzip(compressed));
        Assert.NotEqual(plain.Headers.ETag, gzipped.Headers.ETag);
        Assert.Equal("max-age=31536000, immutable", gzipped.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task One_etag_always_stands_for_the_same_bytes_whatever_the_client_accepts()
    {
        using var client = Site.CreateSiteClient();
        var href = await StylesheetAsync(client);
        var bodies = new List<(string ETag, string Encoding, byte[] Body)>();

        foreach (var accept in new[] { null, "gzip", "br", "gzip, deflate, br, zstd" })
        {
            using var response = await GetAsync(client, href, accept);
            bodies.Add((response.Headers.ETag!.Tag, string.Join(",", response.Content.Headers.ContentEncoding), await response.Content.ReadAsByteArrayAsync()));
        }

        Assert.All(bodies.GroupBy(b => b.ETag), same =>
            Assert.True(same.All(b => b.Body.SequenceEqual(same.First().Body)), $"{same.Key} was sent for {string.Join(" and ", same.Select(b => b.Encoding.Length == 0 ? "identity" : b.Encoding))} with different bytes"));
    }

    [Fact]
    public async Task A_static_file_answers_304_when_its_etag_matches()
    {
        using var client = Site.CreateSiteClient();
        var href = await StylesheetAsync(client);
        using var first = await GetAsync(client, href, acceptEncoding: null);

        using var request = new HttpRequestMessage(HttpMethod.Get, href);
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var second = await client.SendAsync(request);

        Assert.False(first.Headers.ETag!.IsWeak);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal("max-age=31536000, immutable", second.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task The_name_without_a_fingerprint_still_serves_the_file_but_is_always_revalidated()
    {
        using var client = Site.CreateSiteClient();
        using var fingerprinted = await GetAsync(client, await StylesheetAsync(client), acceptEncoding: null);

        using var plain = await GetAsync(client, "/css/site.css", acceptEncoding: null);

        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        Assert.Equal("no-cache", plain.Headers.CacheControl?.ToString());
        Assert.Equal(fingerprinted.Headers.ETag, plain.Headers.ETag);
    }

    private static async Task<string> StylesheetAsync(HttpClient client)
    {
        var page = await client.GetHtmlDocumentAsync("/");
        return LinkedAssets.Of(page).Single(h => h.StartsWith("/css/site.", StringComparison.Ordinal));
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string href, string? acceptEncoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, href);
        if (acceptEncoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }

        var response = await client.SendAsync(request);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {href} (Accept-Encoding: {acceptEncoding}) returned {(int)response.StatusCode}");
        return response;
    }

    private static byte[] Gunzip(byte[] compressed)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress))
        {
            gzip.CopyTo(output);
        }

        return output.ToArray();
    }
}
