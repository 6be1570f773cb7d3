using CareerPaths.Web.Tests.Infrastructure;

namespace CareerPaths.Web.Tests.Security;

public sealed class RequestLogTests
{
    [Fact]
    public async Task Production_logs_each_request_as_json_with_method_path_status_and_time_but_no_query_string()
    {
        var logFile = Path.Combine(Path.GetTempPath(), $"careerpaths-log-{Guid.NewGuid():N}.json");
        string[] lines;
        await using (var factory = new LoggingSiteFactory(logFile))
        {
            using var client = factory.CreateClient();
            using var response = await client.GetAsync(new Uri("/search?q=jane.doe%40example.com", UriKind.Relative));

            // The request is logged as the middleware unwinds, which can be just after the client has its response.
            lines = await ReadWhenLoggedAsync(logFile, "\"RequestPath\":\"/search\"");
        }

        File.Delete(logFile);
        var request = Assert.Single(lines, l => l.Contains("\"RequestPath\":\"/search\"", StringComparison.Ordinal));
        Assert.StartsWith("{", request, StringComparison.Ordinal);
        Assert.Contains("\"RequestMethod\":\"GET\"", request, StringComparison.Ordinal);
        Assert.Contains("\"StatusCode\":200", request, StringComparison.Ordinal);
        Assert.Contains("\"Elapsed\":", request, StringComparison.Ordinal);
        Assert.DoesNotContain(lines, l => l.Contains("jane.doe", StringComparison.Ordinal));
    }

    private static async Task<string[]> ReadWhenLoggedAsync(string file, string text)
    {
        for (var attempt = 0; ; attempt++)
        {
            await using var stream = new FileStream(file, FileMode.OpenOrCreate, FileAccess.Read, FileShare.ReadWrite);
            using var reader = new StreamReader(stream);
            var lines = (await reader.ReadToEndAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            if (attempt == 50 || lines.Any(l => l.Contains(text, StringComparison.Ordinal)))
            {
                return lines;
            }

            await Task.Delay(100);
        }
    }

    private sealed class LoggingSiteFactory(string logFile) : ConfiguredSiteFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
        {
            ["Serilog:MinimumLevel:Default"] = "Information",
            ["Serilog:WriteTo:0:Name"] = "File",
            ["Serilog:WriteTo:0:Args:path"] = logFile,
            ["Serilog:WriteTo:0:Args:formatter"] = "Serilog.Formatting.Compact.RenderedCompactJsonFormatter, Serilog.Formatting.Compact",
        };
    }
}
