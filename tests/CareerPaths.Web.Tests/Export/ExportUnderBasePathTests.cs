using System.Xml.Linq;
using CareerPaths.Testing;
using CareerPaths.Web.Export;
using CareerPaths.Web.Tests.Infrastructure;

namespace CareerPaths.Web.Tests.Export;

/// <summary>
/// `export --base-path /careers`, as for a GitHub Pages project site: files are written from the
/// top of the folder, and every reference in every page, the sitemap and the data files carries
/// the sub-path and resolves to an exported file once the host strips it.
/// </summary>
public sealed class ExportUnderBasePathTests(ExportUnderBasePathTests.SubPathExport export) : IClassFixture<ExportUnderBasePathTests.SubPathExport>
{
    private const string BasePath = "/careers";
    private const string BaseUrl = "https://example.github.io/careers";

    [Fact]
    public async Task Every_reference_in_every_exported_page_carries_the_base_path_and_resolves_to_a_file()
    {
        var problems = new List<string>();
        var pages = Directory.EnumerateFiles(export.Folder, "*.html", SearchOption.AllDirectories).ToList();
        foreach (var file in pages)
        {
            var document = await HtmlClientExtensions.ParseAsync(await File.ReadAllTextAsync(file));
            var references = document.QuerySelectorAll("a[href], link[href], img[src], form[action], script[src]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src") ?? e.GetAttribute("action")!)
                .Where(h => h.StartsWith('/') && !h.StartsWith("//", StringComparison.Ordinal));
            foreach (var reference in references)
            {
                if (!reference.StartsWith(BasePath + "/", StringComparison.Ordinal) || !Resolves(reference[BasePath.Length..]))
                {
                    problems.Add($"{Path.GetRelativePath(export.Folder, file)} -> {reference}");
                }
            }
        }

        Assert.True(pages.Count > 1, "no pages were exported");
        Assert.Empty(problems.Distinct());
    }

    [Fact]
    public async Task The_sitemap_canonical_links_and_data_files_use_the_public_address_under_the_base_path()
    {
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var sitemap = XDocument.Load(Path.Combine(export.Folder, "sitemap.xml"));
        var role = await HtmlClientExtensions.ParseAsync(await File.ReadAllTextAsync(Path.Combine(export.Folder, "roles", "ai-security-engineer.html")));
        var json = await File.ReadAllTextAsync(Path.Combine(export.Folder, "data", "careers.json"));

        var locations = sitemap.Descendants(ns + "loc").Select(l => l.Value).ToList();
        Assert.NotEmpty(locations);
        Assert.All(locations, loc => Assert.StartsWith(BaseUrl + "/", loc, StringComparison.Ordinal));
        Assert.All(locations, loc => Assert.True(Resolves(new Uri(loc).AbsolutePath[BasePath.Length..]), loc));
        Assert.Equal(BaseUrl + "/roles/ai-security-engineer", role.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Equal(BaseUrl + "/roles/ai-security-engineer", role.QuerySelector("meta[property='og:url']")?.GetAttribute("content"));
        using var structured = System.Text.Json.JsonDocument.Parse(role.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Contains(BaseUrl + "/roles/ai-security-engineer", structured.RootElement.GetRawText(), StringComparison.Ordinal);
        Assert.Contains("\"url\": \"/careers/roles/ai-security-engineer\"", json, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(export.Folder, "404.html")));
    }

    [Theory]
    [InlineData("careers")]
    [InlineData("/careers/")]
    [InlineData("//careers")]
    public async Task A_malformed_base_path_is_a_usage_error_and_nothing_is_written(string basePath)
    {
        var folder = Path.Combine(Path.GetTempPath(), "careerpaths-never-" + Guid.NewGuid().ToString("N"));

        var (exit, _, errors) = await Cli.RunAsync(DateOnly.FromDateTime(DateTime.UtcNow), ["export", folder, "--base-path", basePath]);

        Assert.Equal(2, exit);
        Assert.Contains("--base-path takes a sub-path", errors, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder));
    }

    /// <summary>try_files $uri $uri.html $uri/index.html, as the host serves the folder under the base path.</summary>
    private bool Resolves(string path)
    {
        var relative = Uri.UnescapeDataString(path.Split('?', '#')[0].TrimStart('/'));
        return relative.Length == 0
            ? File.Exists(Path.Combine(export.Folder, "index.html"))
            : new[] { relative, relative + ".html", Path.Combine(relative, "index.html") }.Any(c => File.Exists(Path.Combine(export.Folder, c)));
    }

    /// <summary>One export of the real content under /careers, shared by the class.</summary>
    public sealed class SubPathExport : IAsyncLifetime
    {
        public string Folder { get; } = Path.Combine(Path.GetTempPath(), "careerpaths-subpath-" + Guid.NewGuid().ToString("N"));

        public async Task InitializeAsync()
        {
            var (exit, output, errors) = await Cli.RunAsync(
                DateOnly.FromDateTime(DateTime.UtcNow),
                ["export", Folder, "--content", RepositoryPaths.Content, "--base-url", BaseUrl, "--base-path", BasePath]);
            Assert.True(exit == 0, output + errors);
            Assert.True(File.Exists(Path.Combine(Folder, ExportPaths.FileFor("/"))), output);
        }

        public Task DisposeAsync()
        {
            Directory.Delete(Folder, recursive: true);
            return Task.CompletedTask;
        }
    }
}
