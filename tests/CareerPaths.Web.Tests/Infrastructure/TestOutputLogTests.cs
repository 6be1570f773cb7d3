using Xunit.Abstractions;

namespace CareerPaths.Web.Tests.Infrastructure;

/// <summary>The shared site writes its log to the output of the test that is running.</summary>
[Collection(SharedSite.Name)]
public sealed class TestOutputLogTests(SiteFactory factory)
{
    [Fact]
    public async Task A_request_to_the_shared_site_is_logged_to_the_attached_test_output()
    {
        var output = new RecordingOutput();
        factory.LoggingTo(output);
        using var client = factory.CreateSiteClient();

        using var response = await client.GetAsync(new Uri("/no-such-page-for-the-log", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        await Eventually.HoldsAsync(() => Task.FromResult(output.Lines.Any(l => l.Contains("/no-such-page-for-the-log", StringComparison.Ordinal) && l.Contains("responded 404", StringComparison.Ordinal))));
    }

    private sealed class RecordingOutput : ITestOutputHelper
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<string> _lines = new();

        public IEnumerable<string> Lines => _lines;

        public void WriteLine(string message) => _lines.Enqueue(message);

        public void WriteLine(string format, params object[] args) =>
            _lines.Enqueue(string.Format(System.Globalization.CultureInfo.InvariantCulture, format, args));
    }
}
