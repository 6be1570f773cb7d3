using System.IO.Compression;
using System.Net;
using System.Xml.Linq;
using CareerPaths.Web.Export;
using CareerPaths.Web.Tests.Infrastructure;

namespace CareerPaths.Web.Tests.Deployment;

/// <summary>
/// The static export served by nginx with the configuration README.md gives: every page answers
/// with its pre-compressed copy, the right content type and a Vary header; fingerprinted files are
/// cached for a year; an unknown address gets the site's 404 page with status 404.
/// </summary>
public sealed class StaticExportThroughNginxTests(ExportedSiteBehindNginx site) : IClassFixture<ExportedSiteBehindNginx>
{
    private static readonly string[] CopyExtensions = [".br", ".gz"];

    public static TheoryData<string> Encodings => ["br", "gzip", "identity"];

    [Theory]
    [MemberData(nameof(Encodings))]
    public async Task Every_sitemap_url_answers_200_as_html_in_the_encoding_the_browser_asked_for(string encoding)
    {
        using var client = site.CreateClient();
        var problems = new List<string>();

        foreach (var path in SitemapPaths())
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.AcceptEncoding.ParseAdd(encoding);
            using var response = await client.SendAsync(request);
            var body = Decode(await response.Content.ReadAsByteArrayAsync(), response.Content.Headers.ContentEncoding.SingleOrDefault());

            var expected = await File.ReadAllBytesAsync(Path.Combine(site.Folder, ExportPaths.FileFor(path)));
            if (response.StatusCode != HttpStatusCode.OK
                || response.Content.Headers.ContentType?.ToString() != "text/html; charset=utf-8"
                || (response.Content.Headers.ContentEncoding.SingleOrDefault() ?? "identity") != encoding
                || !response.Headers.Vary.Contains("Accept-Encoding")
                || !body.AsSpan().SequenceEqual(expected))
            {
                problems.Add($"{path}: {(int)response.StatusCode} {response.Content.Headers.ContentType} " +
                    $"encoding '{string.Join(',', response.Content.Headers.ContentEncoding)}' vary '{response.Headers.Vary}' same body: {body.AsSpan().SequenceEqual(expected)}");
            }
        }

        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("/data/careers.json", "application/json")]
    [InlineData("/data/careers.csv", "text/csv")]
    [InlineData("/sitemap.xml", "text/xml")]
    public async Task Data_files_answer_with_their_content_type_compressed(string path, string mediaType)
    {
        using var client = site.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptEncoding.ParseAdd("br, gzip");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("br", Assert.Single(response.Content.Headers.ContentEncoding));
    }

    [Fact]
    public async Task Fingerprinted_stylesheets_are_cached_for_a_year_and_pages_for_minutes()
    {
        using var client = site.CreateClient();
        var page = await HtmlClientExtensions.ParseAsync(await File.ReadAllTextAsync(Path.Combine(site.Folder, "index.html")));
        var stylesheet = LinkedAssets.Of(page).First(href => href.StartsWith("/css/site.", StringComparison.Ordinal));

        using var asset = await client.GetAsync(new Uri(stylesheet, UriKind.Relative));
        using var overview = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
        Assert.Equal(TimeSpan.FromDays(365), asset.Headers.CacheControl?.MaxAge);
        Assert.Contains(asset.Headers.CacheControl!.Extensions, e => e.Name == "immutable");
        Assert.Equal(TimeSpan.FromMinutes(5), overview.Headers.CacheControl?.MaxAge);
    }

    [Fact]
    public async Task An_unknown_address_gets_the_sites_404_page_with_status_404()
    {
        using var client = site.CreateClient();

        using var response = await client.GetAsync(new Uri("/roles/no-such-role", UriKind.Relative));
        var page = await HtmlClientExtensions.ParseAsync(await response.Content.ReadAsStringAsync());
        var exported = await HtmlClientExtensions.ParseAsync(await File.ReadAllTextAsync(Path.Combine(site.Folder, "404.html")));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal(exported.QuerySelector("h1")!.TextContent, page.QuerySelector("h1")?.TextContent);
        Assert.Equal(exported.Title, page.Title);
    }

    [Fact]
    public void Every_text_file_has_smaller_brotli_and_gzip_copies_beside_it_or_none_where_they_would_not_be_smaller()
    {
        var files = Directory.EnumerateFiles(site.Folder, "*", SearchOption.AllDirectories).Where(Precompression.IsText).ToList();

        var wrong = files.SelectMany(file => CopyExtensions
                .Select(extension => file + extension)
                .Where(copy => File.Exists(copy) && new FileInfo(copy).Length >= new FileInfo(file).Length))
            .ToList();

        Assert.Empty(wrong);
        Assert.All(files.Where(f => f.EndsWith(".html", StringComparison.Ordinal)), f => Assert.True(File.Exists(f + ".br") && File.Exists(f + ".gz"), f));
    }

    [Fact]
    public async Task The_readme_shows_exactly_the_configuration_this_test_serves_with()
    {
        var readme = await File.ReadAllTextAsync(Path.Combine(CareerPaths.Testing.RepositoryPaths.Root, "README.md"));
        var configuration = await File.ReadAllTextAsync(ExportedSiteBehindNginx.Configuration);

        Assert.Contains("```nginx\n" + configuration + "```", readme, StringComparison.Ordinal);
    }

    private List<string> SitemapPaths()
    {
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var sitemap = XDocument.Load(Path.Combine(site.Folder, "sitemap.xml"));
        var paths = sitemap.Descendants(ns + "loc").Select(loc => new Uri(loc.Value).AbsolutePath).ToList();
        Assert.NotEmpty(paths);
        return paths;
    }

    private static byte[] Decode(byte[] body, string? encoding)
    {
        using Stream? decoder = encoding switch
        {
            "br" => new BrotliStream(new MemoryStream(body), CompressionMode.Decompress),
            "gzip" => new GZipStream(new MemoryStream(body), CompressionMode.Decompress),
            _ => null,
        };
        if (decoder is null)
        {
            return body;
        }

        using var plain = new MemoryStream();
        decoder.CopyTo(plain);
        return plain.ToArray();
    }
}
