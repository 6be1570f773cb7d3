using System.Collections.Concurrent;
using System.Diagnostics;
using CareerPaths.Content.Addresses;
using CareerPaths.Content.Model;
using CareerPaths.Web.Addresses;
using CareerPaths.Web.Hosting;
using Microsoft.AspNetCore.WebUtilities;

namespace CareerPaths.Web.Export;

/// <summary>
/// Renders every page in the sitemap (in every language), the 404 page, the data files and every
/// local asset the pages refer to through the site's own pipeline, in this process and without a
/// socket, and writes them under the output folder, with pre-compressed copies of the text files.
/// Pages render a few at a time, one per core. A file whose bytes are already in the folder is left
/// alone. Under a base path ("/careers") every URL is requested with it and written without it, so
/// the folder's top is the site's top wherever the host mounts it.
/// </summary>
/// <param name="origin">The scheme and host the requests carry: the public address's.</param>
internal sealed class StaticExporter(InMemoryServer server, Uri origin, string basePath, string outputDirectory, TextWriter progress)
{
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);

    /// <summary>
    /// The pages whose assets have been collected: one per page template. Which stylesheets,
    /// scripts, icons and images a page loads is written in its template and the layout; content
    /// cannot add one (its links must lead to pages, and raw HTML in Markdown is shown as text).
    /// A template that loaded an asset on some of its pages only would break this; none does.
    /// Parsing every page of a 10,000-role site for the same two stylesheets took a quarter of
    /// the export's time.
    /// </summary>
    private readonly ConcurrentDictionary<string, bool> _assetSources = new(StringComparer.Ordinal);
    private readonly List<string> _failures = [];
    private int _compressed;
    private int _written;
    private int _unchanged;

    /// <summary>The data files in every language (the shared ones once), the sitemap and robots.txt.</summary>
    private static readonly string[] DataFiles =
        [.. SiteLanguage.All.SelectMany(l => SitePages.Data.Select(p => SiteLinks.InLanguage(p, l))).Distinct(), SiteMap.SitemapXml.Value, SiteMap.RobotsTxt.Value];

    /// <summary>The 404 page in every language, which answer with status 404.</summary>
    private static readonly HashSet<string> NotFoundPages =
        [.. SiteLanguage.All.Select(l => SiteLinks.InLanguage(SiteMap.NotFound, l))];

    public async Task<ExportSummary> ExportAsync(Catalog catalog, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        Directory.CreateDirectory(outputDirectory);

        // Every page in every language: a page not translated yet is still served (in English) under
        // its language's prefix, so the links of that language's pages all resolve. The 404 page too
        // (404.html for the host's error page, and each language's at its address, where the
        // language switches of the other one lead).
        var pages = SiteLanguage.All
            .SelectMany(language => SitePages.All(catalog).Append(SiteMap.NotFound).Select(p => SiteLinks.InLanguage(p, language)))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var assets = new SortedSet<string>(StringComparer.Ordinal);
        var step = Math.Max(1, pages.Count / 10);
        var done = 0;

        // Rendering, compressing and writing are all CPU work here, so one page per core.
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(pages, parallel, async (page, token) =>
        {
            var response = await ExportFileAsync(page, token);
            if (response is not null && _assetSources.TryAdd(response.Endpoint ?? page, true))
            {
                var found = PageAssets.Find(System.Text.Encoding.UTF8.GetString(response.Body.Span)).Select(WithoutBasePath);
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
        await Parallel.ForEachAsync(DataFiles.Concat(assets).Distinct(StringComparer.Ordinal), parallel, async (path, token) =>
        {
            if (await ExportFileAsync(path, token) is not null)
            {
                Interlocked.Increment(ref files);
            }
        });

        List<string> failures;
        lock (_failures)
        {
            failures = [.. _failures.Order(StringComparer.Ordinal)];
        }

        return new ExportSummary(pages.Count, files, _compressed, _written, _unchanged, clock.Elapsed, failures);
    }

    /// <summary>An asset link as the page writes it ("/careers/css/site.x.css") back to the site's own path.</summary>
    private string WithoutBasePath(string link) =>
        basePath.Length > 0 && link.StartsWith(basePath + "/", StringComparison.Ordinal) ? link[basePath.Length..] : link;

    /// <summary>Renders a site path (under the base path) and writes it to its file; null when it failed.</summary>
    private async Task<InMemoryResponse?> ExportFileAsync(string path, CancellationToken cancellationToken)
    {
        var response = await server.GetAsync(origin, basePath + path, cancellationToken);
        var expected = NotFoundPages.Contains(path) ? StatusCodes.Status404NotFound : StatusCodes.Status200OK;
        if (response.StatusCode != expected)
        {
            lock (_failures)
            {
                _failures.Add($"{path}: {response.StatusCode} {ReasonPhrases.GetReasonPhrase(response.StatusCode)}");
            }

            return null;
        }

        foreach (var file in ExportPaths.FilesFor(path))
        {
            Write(Path.Combine(outputDirectory, file), response.Body.Span);
        }

        return response;
    }

    /// <summary>Writes one file of the export, unless it already holds these bytes (see <see cref="Precompression.WriteCopies"/> on why synchronously).</summary>
    private void Write(string file, ReadOnlySpan<byte> body)
    {
        if (IsUnchanged(file, body))
        {
            Interlocked.Increment(ref _unchanged);
            return;
        }

        // Each folder once: a page per role would otherwise ask for "roles/" ten thousand times.
        _folders.GetOrAdd(Path.GetDirectoryName(file)!, folder => Directory.CreateDirectory(folder).Exists);

        // The compressed copies go first: a file whose bytes are already on disk then always has
        // its copies beside it, even after an export that was stopped halfway.
        if (Precompression.IsText(file))
        {
            Interlocked.Add(ref _compressed, Precompression.WriteCopies(file, body));
        }

        File.WriteAllBytes(file, body);
        Interlocked.Increment(ref _written);
    }

    /// <summary>
    /// True when an earlier export into the same folder left exactly these bytes, so a second export
    /// rewrites only what changed and a static host's sync uploads only that.
    /// </summary>
    private static bool IsUnchanged(string file, ReadOnlySpan<byte> body)
    {
        var existing = new FileInfo(file);
        return existing.Exists && existing.Length == body.Length && File.ReadAllBytes(file).AsSpan().SequenceEqual(body);
    }
}
