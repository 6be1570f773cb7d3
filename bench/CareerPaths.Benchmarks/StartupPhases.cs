using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Text;
using CareerPaths.Content;
using CareerPaths.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CareerPaths.Benchmarks;

/// <summary>
/// `startup [RUNS]`: where a cold start goes. Each run is a fresh process (this program started
/// again with `startup-once`) that times the start-up steps of the real site and of a bare
/// minimal-API app, and prints the median of each step. A diagnostic, not a benchmark: it
/// explains the cold-start figure that bench/load.sh measures from the outside.
/// </summary>
internal static class StartupPhases
{
    private static readonly string[] Pages = ["/", "/progression", "/tracks/technical", "/roles/ai-security-engineer"];

    public static int Run(string[] args)
    {
        var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 7;
        foreach (var kind in new[] { "site", "bare" })
        {
            var samples = new Dictionary<string, List<double>>(StringComparer.Ordinal);
            var order = new List<string>();
            for (var i = 0; i < runs; i++)
            {
                foreach (var (step, ms) in RunChild(kind))
                {
                    if (!samples.TryGetValue(step, out var list))
                    {
                        samples[step] = list = [];
                        order.Add(step);
                    }

                    list.Add(ms);
                }
            }

            Console.WriteLine($"{kind}: median of {runs} fresh processes (ms)");
            foreach (var step in order)
            {
                var sorted = samples[step].Order().ToList();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {step,-48} {sorted[sorted.Count / 2],8:0.0}"));
            }
        }

        return 0;
    }

    /// <summary>One cold start in this process; prints "step TAB ms" lines.</summary>
    public static async Task<int> RunOnceAsync(string kind)
    {
        var toMain = (DateTime.Now - Process.GetCurrentProcess().StartTime).TotalMilliseconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"process start to Main\t{toMain:0.0}"));
        var total = Stopwatch.StartNew();
        var clock = Stopwatch.StartNew();
        void Step(string name)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}\t{clock.Elapsed.TotalMilliseconds:0.0}"));
            clock.Restart();
        }

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = ["--urls=http://127.0.0.1:0", "--Serilog:MinimumLevel:Default=Warning", $"--Content:Path={RepositoryPaths.Content}", "--Content:Watch=false"],
            EnvironmentName = Environments.Production,
            ApplicationName = kind == "site" ? typeof(WebsiteAppExtensions).Assembly.GetName().Name : null,
            ContentRootPath = kind == "site" ? RepositoryPaths.WebProject : null,
        });
        Step("WebApplication.CreateBuilder");
        WebApplication app;
        if (kind == "site")
        {
            _ = CatalogLoader.Load(RepositoryPaths.Content);
            Step("CatalogLoader.Load, first call (JIT + work)");
            _ = CatalogLoader.Load(RepositoryPaths.Content);
            Step("CatalogLoader.Load, second call (work only)");
            // The site loads the content once more in one of the next three steps (warm, like the second call).
            builder.AddCareerPaths();
            Step("AddCareerPaths");
            app = builder.Build();
            Step("Build");
            app.UseCareerPaths();
            Step("UseCareerPaths");
        }
        else
        {
            app = builder.Build();
            Step("Build");
            app.MapGet("/", () => "Hello World!");
            Step("MapGet");
        }

        await app.StartAsync();
        Step("StartAsync (Kestrel listening)");
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        foreach (var page in kind == "site" ? [.. Pages, "/"] : new[] { "/", "/" })
        {
            var status = await GetAsync(address, page);
            Step($"GET {page} -> {status}");
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"total in Main to first 200 on /\t{total.Elapsed.TotalMilliseconds:0.0}"));
        await app.StopAsync();
        return 0;
    }

    private static List<(string Step, double Ms)> RunChild(string kind)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!, ["startup-once", kind])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(60_000) || process.ExitCode != 0)
        {
            throw new InvalidOperationException($"startup-once {kind} failed:\n{output}");
        }

        return [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('\t'))
            .Where(parts => parts.Length == 2)
            .Select(parts => (parts[0], double.Parse(parts[1], CultureInfo.InvariantCulture)))];
    }

    /// <summary>A raw HTTP/1.1 GET, so the client's own JIT (HttpClient is large) stays out of the timings.</summary>
    private static async Task<int> GetAsync(Uri address, string path)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(address.Host, address.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {path} HTTP/1.1\r\nHost: {address.Authority}\r\nConnection: close\r\n\r\n"));
        var response = new MemoryStream();
        await stream.CopyToAsync(response);
        var statusLine = Encoding.ASCII.GetString(response.GetBuffer(), 0, (int)Math.Min(response.Length, 12));
        return int.Parse(statusLine.AsSpan(9, 3), CultureInfo.InvariantCulture);
    }
}
