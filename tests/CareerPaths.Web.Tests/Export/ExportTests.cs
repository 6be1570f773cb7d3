using System.Xml.Linq;
using CareerPaths.Testing;
using CareerPaths.Web.Export;
using CareerPaths.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CareerPaths.Web.Tests.Export;

/// <summary>The static export: every sitemap URL has a file, every link resolves inside the export, and the HTML is what the server sends.</summary>
[Collection(SharedSite.Name)]
public sealed class ExportTests(SiteFactory factory, ITestOutputHelper output) : SharedSiteTests(factory, output), IAsyncLifetime
{
    private readonly string _outDir = Path.Combine(Path.GetTempPath(), "careerpaths-export-" + Guid.NewGuid().ToString("N"));
    private string _output = string.Empty;
    private int _exitCode;

    public async Task InitializeAsync()
    {
        var (exit, output, errors) = await Cli.RunAsync(
            DateOnly.FromDateTime(DateTime.UtcNow),
            ["export", _outDir, "--content", RepositoryPaths.Content, "--base-url", SiteFactory.BaseUrl]);
        _exitCode = exit;
        _output = output + errors;
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_outDir, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public void The_export_succeeds_and_reports_its_progress()
    {
        Assert.True(_exitCode == 0, _output);
        Assert.Contains("Pages: ", _output, StringComparison.Ordinal);
        Assert.Matches(@"Exported \d+ pages and \d+ other files", _output);
    }

    [Fact]
    public void Every_sitemap_url_has_a_file()
    {
        var sitemap = XDocument.Load(Path.Combine(_outDir, "sitemap.xml"));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

        var missing = sitemap.Descendants(ns + "loc")
            .Select(loc => new Uri(loc.Value).AbsolutePath)
            .Where(path => !File.Exists(Path.Combine(_outDir, ExportPaths.FileFor(path))));

        Assert.Empty(missing);
        Assert.True(File.Exists(Path.Combine(_outDir, "404.html")));
        Assert.True(File.Exists(Path.Combine(_outDir, "data", "careers.json")));
        Assert.True(File.Exists(Path.Combine(_outDir, "data", "careers.csv")));
    }

    [Fact]
    public async Task Every_internal_link_resolves_inside_the_export_as_nginx_would_serve_it()
    {
        var broken = new List<string>();
        foreach (var file in Directory.EnumerateFiles(_outDir, "*.html", SearchOption.AllDirectories))
        {
            var document = await HtmlClientExtensions.ParseAsync(await File.ReadAllTextAsync(file));
            var links = document.QuerySelectorAll("a[href], link[href], img[src]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
                .Where(h => h.StartsWith('/') && !h.StartsWith("//", StringComparison.Ordinal));
            broken.AddRange(links.Where(link => !ResolvesLikeNginx(link)).Select(link => $"{Path.GetRelativePath(_outDir, file)} -> {link}"));
        }

        Assert.Empty(broken.Distinct());
    }

    [Theory]
    [InlineData("/", "index.html")]
    [InlineData("/roles/ai-security-engineer", "roles/ai-security-engineer.html")]
    [InlineData("/tracks/governance/print", "tracks/governance/print.html")]
    [InlineData("/data/careers.json", "data/careers.json")]
    [InlineData("/css/tracks.css", "css/tracks.css")]
    public async Task An_exported_file_is_byte_for_byte_what_the_server_sends(string url, string file)
    {
        using var client = Site.CreateSiteClient();

        var served = await client.GetByteArrayAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(served, await File.ReadAllBytesAsync(Path.Combine(_outDir, file)));
    }

    [Fact]
    public async Task Every_static_file_the_pages_link_is_exported_under_its_fingerprinted_name_as_the_server_sends_it()
    {
        using var client = Site.CreateSiteClient();
        var page = await HtmlClientExtensions.ParseAsync(await File.ReadAllTextAsync(Path.Combine(_outDir, "index.html")));
        var assets = LinkedAssets.Of(page);

        foreach (var href in assets)
        {
            var file = Path.Combine(_outDir, ExportPaths.FileFor(href));
            Assert.True(File.Exists(file), $"{href} was not exported");
            Assert.NotNull(LinkedAssets.SourceFile(href));
            Assert.Equal(await client.GetByteArrayAsync(new Uri(href, UriKind.Relative)), await File.ReadAllBytesAsync(file));
        }

        Assert.Contains(assets, href => href.StartsWith("/css/site.", StringComparison.Ordinal));
    }

    /// <summary>try_files $uri $uri.html $uri/index.html, ignoring the query string and fragment as a static host does.</summary>
    private bool ResolvesLikeNginx(string link)
    {
        var path = Uri.UnescapeDataString(link.Split('?', '#')[0].TrimStart('/'));
        var candidates = new[] { path, path + ".html", Path.Combine(path, "index.html") };
        return candidates.Any(c => c.Length > 0 && File.Exists(Path.Combine(_outDir, c)));
    }
}
