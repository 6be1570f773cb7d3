using System.Diagnostics;
using System.Net;
using CareerPaths.Content.Addresses;
using CareerPaths.Content.Model;
using CareerPaths.Web.Addresses;

namespace CareerPaths.Web.Export;

/// <summary>
/// Fetches every page in the sitemap, the 404 page, the data files and every local asset the
/// pages refer to, and writes them under the output folder, with pre-compressed copies of the
/// text files. A file whose bytes are already in the folder is left alone. Under a base path ("/careers") every URL is fetched with it and written without
/// it, so the folder's top is the site's top wherever the host mounts it.
/// </summary>
internal sealed class StaticExporter(Uri server, string basePath, string outputDirectory, TextWriter progress)
{
    private int _compressed;
    private int _written;
    private int _unchanged;

    /// <summary>The data files in every language (the shared ones once), the sitemap and robots.txt.</summary>
    private static readonly string[] DataFiles =
        [.. SiteLanguage.All.SelectMany(l => SitePages.Data.Select(p => SiteLinks.InLanguage(p, l))).Distinct(), SiteMap.SitemapXml.Value, SiteMap.RobotsTxt.Value];

    public async Task<ExportSummary> ExportAsync(Content.Model.Catalog catalog)
    {
        var clock = Stopwatch.StartNew();
        var failures = new List<string>();
        Directory.CreateDirectory(outputDirectory);
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = server };

        // Every page in every language: a page not translated yet is still served (in English) under
        // its language's prefix, so the links of that language's pages all resolve.
        var pages = SiteLanguage.All
            .SelectMany(language => SitePages.All(catalog).Select(p => SiteLinks.InLanguage(p, language)))
            .Append(SiteMap.NotFound.Value)
            .ToList();
        var assets = new SortedSet<string>(StringComparer.Ordinal);
        var step = Math.Max(1, pages.Count / 10);
        var done = 0;

        // Pages render on the server's cores, so a few requests at once keep them all busy.
        await Parallel.ForEachAsync(pages, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount * 2 }, async (page, _) =>
        {
            var body = await FetchAsync(client, page, failures);
            if (body is not null)
            {
                var found = PageAssets.Find(System.Text.Encoding.UTF8.GetString(body)).Select(WithoutBasePath);
                lock (assets)
                {
                    assets.UnionWith(found);
                }
            }

            var count = Interlocked.Increment(ref done);
            if (count % step == 0 || count == pages.Count)
            {
                lock (progress)
                {
                    progress.WriteLine($"Pages: {count}/{pages.Count}");
                }
            }
        });

        var files = 0;
        foreach (var path in DataFiles.Concat(assets))
        {
            files += await FetchAsync(client, path, failures) is null ? 0 : 1;
        }

        return new ExportSummary(pages.Count, files, _compressed, _written, _unchanged, clock.Elapsed, failures);
    }

    /// <summary>
    /// True when an earlier export into the same folder left exactly these bytes, so a second export
    /// rewrites only what changed and a static host's sync uploads only that.
    /// </summary>
    private static async Task<bool> IsUnchangedAsync(string file, byte[] body)
    {
        var existing = new FileInfo(file);
        return existing.Exists && existing.Length == body.Length && (await File.ReadAllBytesAsync(file)).AsSpan().SequenceEqual(body);
    }

    /// <summary>An asset link as the page writes it ("/careers/css/site.x.css") back to the site's own path.</summary>
    private string WithoutBasePath(string link) =>
        basePath.Length > 0 && link.StartsWith(basePath + "/", StringComparison.Ordinal) ? link[basePath.Length..] : link;

    /// <summary>Fetches a site path (under the base path) and writes it to its file; null when it failed.</summary>
    private async Task<byte[]?> FetchAsync(HttpClient client, string path, List<string> failures)
    {
        using var response = await client.GetAsync(basePath + path);
        var expected = path == SiteMap.NotFound.Value ? HttpStatusCode.NotFound : HttpStatusCode.OK;
        if (response.StatusCode != expected)
        {
            lock (failures)
            {
                failures.Add($"{path}: {(int)response.StatusCode} {response.ReasonPhrase}");
            }

            return null;
        }

        var body = await response.Content.ReadAsByteArrayAsync();
        var file = Path.Combine(outputDirectory, ExportPaths.FileFor(path));
        if (await IsUnchangedAsync(file, body))
        {
            Interlocked.Increment(ref _unchanged);
            return body;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(file)!);

        // The compressed copies go first: a file whose bytes are already on disk then always has
        // its copies beside it, even after an export that was stopped halfway.
        if (Precompression.IsText(file))
        {
            Interlocked.Add(ref _compressed, await Precompression.WriteCopiesAsync(file, body));
        }

        await File.WriteAllBytesAsync(file, body);
        Interlocked.Increment(ref _written);
        return body;
    }
}
