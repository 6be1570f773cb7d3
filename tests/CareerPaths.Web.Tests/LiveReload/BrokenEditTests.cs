using System.Net;
using CareerPaths.Web.Tests.Infrastructure;

namespace CareerPaths.Web.Tests.LiveReload;

/// <summary>
/// Edits that break a parser, saved while the site runs: the site keeps answering with the last
/// good content, names the file and line in the banner and the log, and recovers when fixed.
/// </summary>
public sealed class BrokenEditTests(BrokenEditSiteFactory site) : IClassFixture<BrokenEditSiteFactory>
{
    private const string Role = "roles/ai-security-analyst.md";
    private const string RoleUrl = "/roles/ai-security-analyst";

    [Fact]
    public async Task An_unclosed_bracket_keeps_the_site_serving_the_last_good_content_and_names_the_file_and_line()
    {
        using var client = site.CreateClient();
        var file = site.PathOf(Role);
        var original = await File.ReadAllTextAsync(file);
        var lines = original.Split('\n');
        var titleLine = Array.FindIndex(lines, l => l.StartsWith("title: ", StringComparison.Ordinal)) + 1;
        var title = lines[titleLine - 1]["title: ".Length..].Trim();
        var expected = $"{Role}:{titleLine}:8: error: this is not valid YAML";

        await File.WriteAllTextAsync(file, original.Replace(lines[titleLine - 1], "title: [unclosed", StringComparison.Ordinal));
        await Eventually.HoldsAsync(async () => (await client.GetHtmlDocumentAsync("/")).QuerySelector(".content-errors") is not null);

        var page = await client.GetHtmlDocumentAsync(RoleUrl);
        Assert.Equal(title, page.QuerySelector("main h1")!.Text());
        Assert.Contains(page.Texts(".content-errors li"), e => e.Contains(expected, StringComparison.Ordinal));
        await Eventually.HoldsAsync(async () => (await site.ReadLogAsync()).Contains(expected, StringComparison.Ordinal));

        await File.WriteAllTextAsync(file, original);
        await Eventually.HoldsAsync(async () => (await client.GetHtmlDocumentAsync("/")).QuerySelector(".content-errors") is null);
        Assert.Equal(title, (await client.GetHtmlDocumentAsync(RoleUrl)).QuerySelector("main h1")!.Text());
    }

    [Theory]
    [InlineData("learning.yml", "resources: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n")]
    [InlineData("levels.yml", "levels:\n\t- slug: entry\n")]
    [InlineData("roles/ai-security-analyst.md", "---\ntitle: \"unclosed\n---\nBody\n")]
    public async Task A_hostile_save_never_stops_the_site(string relative, string text)
    {
        using var client = site.CreateClient();
        var file = site.PathOf(relative);
        var original = await File.ReadAllTextAsync(file);

        await File.WriteAllTextAsync(file, text);
        await Eventually.HoldsAsync(async () => (await client.GetHtmlDocumentAsync("/")).Texts(".content-errors li").Any(e => e.Contains(relative, StringComparison.Ordinal)));
        using var response = await client.GetAsync(new Uri(RoleUrl, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await File.WriteAllTextAsync(file, original);
        await Eventually.HoldsAsync(async () => (await client.GetHtmlDocumentAsync("/")).QuerySelector(".content-errors") is null);
    }
}
