using System.Diagnostics;
using System.Globalization;
using System.Net;
using CareerPaths.Web.Hosting;

namespace CareerPaths.ReloadBench;

/// <summary>
/// Starts the real site on loopback with live reload on, watching a temporary copy of content/.
/// It edits one role's title again and again; after each save it polls the role page until the
/// new title is served and records the time from the end of the write. Meanwhile a background
/// loop keeps requesting pages and counts any response that is not 200.
/// </summary>
internal static class ReloadLatency
{
    private static readonly string[] BackgroundUrls = ["/", "/tracks/technical", "/roles/ai-model-validator", "/search?q=model"];

    public static async Task<ReloadResult> MeasureAsync(int edits)
    {
        var content = CopyContent();
        try
        {
            await using var site = await LoopbackSite.StartAsync([$"--Content:Path={content}", "--Content:Watch=true", "--RateLimits:DynamicPermitLimit=10000000"]);
            using var client = new HttpClient { BaseAddress = site.Address };
            var file = Path.Combine(content, "roles", "ai-model-validator.md");
            var original = await File.ReadAllTextAsync(file);

            using var stop = new CancellationTokenSource();
            var background = Task.Run(() => LoadAsync(client, stop.Token));
            var latencies = new List<double>();
            for (var i = 1; i <= edits; i++)
            {
                var title = $"AI Model Validator {i}";
                await File.WriteAllTextAsync(file, original.Replace("title: AI Model Validator", "title: " + title, StringComparison.Ordinal));
                var clock = Stopwatch.StartNew();
                while (!(await client.GetStringAsync(new Uri("/roles/ai-model-validator", UriKind.Relative))).Contains($"<h1>{title}</h1>", StringComparison.Ordinal))
                {
                    if (clock.Elapsed > TimeSpan.FromSeconds(10))
                    {
                        throw new TimeoutException($"edit {i} was not served within 10 s");
                    }

                    await Task.Delay(2);
                }

                latencies.Add(clock.Elapsed.TotalMilliseconds);
                await Task.Delay(200);
            }

            await stop.CancelAsync();
            var (requests, failed) = await background;
            return new ReloadResult(latencies, requests, failed);
        }
        finally
        {
            Directory.Delete(content, recursive: true);
        }
    }

    private static async Task<(int Requests, int Failed)> LoadAsync(HttpClient client, CancellationToken stop)
    {
        var requests = 0;
        var failed = 0;
        while (!stop.IsCancellationRequested)
        {
            foreach (var url in BackgroundUrls)
            {
                using var response = await client.GetAsync(new Uri(url, UriKind.Relative), CancellationToken.None);
                requests++;
                failed += response.StatusCode == HttpStatusCode.OK ? 0 : 1;
            }
        }

        return (requests, failed);
    }

    private static string CopyContent()
    {
        var source = FindContent();
        var target = Path.Combine(Path.GetTempPath(), "careerpaths-reload-" + Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture));
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }

    private static string FindContent()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CareerPaths.sln")))
            {
                return Path.Combine(dir.FullName, "content");
            }
        }

        throw new InvalidOperationException("Run from inside the repository.");
    }
}
