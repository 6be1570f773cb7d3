using CareerPaths.Testing;
using CareerPaths.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CareerPaths.Web.Tests.Security;

/// <summary>
/// A bounded set of hostile requests: traversal, huge and odd slugs, every method on every
/// route, and injection payloads in every query parameter. None may get a 5xx, a stack trace or
/// the payload reflected unescaped.
/// </summary>
[Collection(SharedSite.Name)]
public sealed class HostileInputTests(SiteFactory factory, ITestOutputHelper output) : SharedSiteTests(factory, output)
{
    private static readonly string[] Routes =
    [
        "/", "/progression", "/tracks", "/tracks/technical", "/tracks/technical/print", "/entry-points", "/roles",
        "/roles/ai-security-engineer", "/find-your-path", "/resources",
        "/resources/certifications", "/resources/learning", "/resources/downloads", "/search", "/map",
        "/data/careers.json", "/data/careers.csv", "/sitemap.xml", "/robots.txt", "/healthz", "/not-found",
        .. RealContent.Catalog.Guides.Take(1).Select(g => $"/guides/{g.Slug}"),
    ];

    private static readonly string[] Payloads =
    [
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "' onmouseover='alert(1)",
        "javascript:alert(1)",
        "</title><script>alert(1)</script>",
        "{{7*7}}${7*7}",
        "%00%0d%0aSet-Cookie:x=1",
        new string('A', 5000),
    ];

    private static readonly string[] Parameters = ["q", "track", "level", "background", "interest", "years", "v", "handler", "x"];

    private static readonly string[] Methods = ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE"];

    private static readonly string[] OddPaths =
    [
        "/../../etc/passwd", "/roles/..%2F..%2F..%2Fetc%2Fpasswd", "/roles/%2e%2e/%2e%2e/appsettings.json", "/tracks/..\\..\\web.config",
        "/css/../appsettings.json", "/content/roles/ai-security-engineer.md", "/roles/" + new string('a', 5000),
        "/guides/" + new string('%', 1) + "41" + new string('b', 4990), "/roles/%C0%AE%C0%AE",
        "/roles/\u00e9l\u00e8ve", "/roles/%F0%9F%94%92", "/roles/%E2%80%AEreversed", "/tracks/%FF%FE", "//evil.example/roles",
        "/roles/ai-security-engineer;jsessionid=1", "/search?q=%", "/search?q=%%%", "/roles?track[]=a&track[]=b", "/find-your-path?years=1e309",
    ];

    [Fact]
    public async Task No_hostile_request_gets_a_server_error_a_stack_trace_or_a_reflected_payload()
    {
        using var client = Site.CreateSiteClient();
        var problems = new List<string>();
        var sent = 0;

        foreach (var path in OddPaths)
        {
            sent++;
            await CheckAsync(client, HttpMethod.Get, path, null, problems);
        }

        foreach (var route in Routes)
        {
            foreach (var method in Methods)
            {
                sent++;
                await CheckAsync(client, new HttpMethod(method), route, null, problems);
            }

            foreach (var parameter in Parameters)
            {
                foreach (var payload in Payloads)
                {
                    sent++;
                    await CheckAsync(client, HttpMethod.Get, $"{route}?{parameter}={Uri.EscapeDataString(payload)}", payload, problems);
                }
            }
        }

        Output.WriteLine($"Sent {sent} hostile requests; {problems.Count} problems.");
        Assert.Empty(problems);
    }

    private static async Task CheckAsync(HttpClient client, HttpMethod method, string url, string? payload, List<string> problems)
    {
        using var request = new HttpRequestMessage(method, new Uri(url, UriKind.Relative));
        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(request);
        }
        catch (Exception ex) when (ex is HttpRequestException or InvalidOperationException)
        {
            problems.Add($"{method} {Short(url)}: request failed: {ex.Message}");
            return;
        }

        using (response)
        {
            var body = await response.Content.ReadAsStringAsync();
            if ((int)response.StatusCode >= 500)
            {
                problems.Add($"{method} {Short(url)}: {(int)response.StatusCode}");
            }

            if (body.Contains("   at ", StringComparison.Ordinal) || body.Contains("Exception", StringComparison.Ordinal))
            {
                problems.Add($"{method} {Short(url)}: looks like a stack trace");
            }

            if (payload is not null && payload.Contains('<', StringComparison.Ordinal) && body.Contains(payload, StringComparison.Ordinal))
            {
                problems.Add($"{method} {Short(url)}: payload reflected unescaped");
            }

            if (response.Headers.Contains("Set-Cookie"))
            {
                problems.Add($"{method} {Short(url)}: set a cookie");
            }
        }
    }

    private static string Short(string url) => url.Length > 120 ? url[..120] + "..." : url;
}
