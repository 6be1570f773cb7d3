using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Net.Http.Headers;
using BenchmarkDotNet.Attributes;
using CareerPaths.Web.Hosting;

namespace CareerPaths.Benchmarks;

/// <summary>
/// One GET of a page from the real site over loopback HTTP, with the same headers the load test
/// sends (Accept-Encoding: gzip). The baseline is a hit in ASP.NET Core's output cache, which is
/// how production answers every request after the first. "Rendered" sends an Authorization header,
/// which the output cache's default policy refuses to serve or store, so every call runs the full
/// pipeline: routing, the page model, Razor, gzip (Optimal level) and the ETag hash. The ratio is
/// what the output cache saves per request.
/// </summary>
[MemoryDiagnoser]
[SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet owns the lifetime: [GlobalCleanup] disposes the client and stops the site.")]
public class PageRenderBenchmarks
{
    private LoopbackSite? _site;
    private HttpClient? _client;

    [Params("/", "/progression", "/tracks/technical", "/roles/ai-security-engineer")]
    public string Route { get; set; } = "/";

    [GlobalSetup]
    public void Setup()
    {
        _site = LoopbackSite.StartAsync([$"--Content:Path={RepositoryPaths.Content}"]).GetAwaiter().GetResult();
        _client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, AutomaticDecompression = DecompressionMethods.None })
        {
            BaseAddress = _site.Address,
        };
        _client.DefaultRequestHeaders.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));

        // Prove that the two benchmarks measure what they claim: the output cache marks a hit with Age.
        using var first = Send(cached: true);
        using var hit = Send(cached: true);
        using var bypass = Send(cached: false);
        if (!hit.Headers.Age.HasValue || bypass.Headers.Age.HasValue || bypass.Content.Headers.ContentEncoding.FirstOrDefault() != "gzip")
        {
            throw new InvalidOperationException($"{Route}: the output cache did not behave as assumed (hit Age={hit.Headers.Age}, bypass Age={bypass.Headers.Age}).");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client?.Dispose();
        _site?.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true, Description = "served from output cache")]
    public async Task<int> Cached() => await ReadAsync(cached: true);

    [Benchmark(Description = "rendered (output cache bypassed)")]
    public async Task<int> Rendered() => await ReadAsync(cached: false);

    private async Task<int> ReadAsync(bool cached)
    {
        using var request = Request(cached);
        using var response = await _client!.SendAsync(request);
        var body = await response.Content.ReadAsByteArrayAsync();
        return response.StatusCode == HttpStatusCode.OK ? body.Length : throw new HttpRequestException($"{Route}: {(int)response.StatusCode}");
    }

    private HttpResponseMessage Send(bool cached)
    {
        using var request = Request(cached);
        var response = _client!.Send(request);
        response.EnsureSuccessStatusCode();
        return response;
    }

    private HttpRequestMessage Request(bool cached)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, Route);
        if (!cached)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "bypass-output-cache");
        }

        return request;
    }
}
