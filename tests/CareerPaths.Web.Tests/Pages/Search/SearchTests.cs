using CareerPaths.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CareerPaths.Web.Tests.Pages.Search;

[Collection(SharedSite.Name)]
public sealed class SearchTests(SiteFactory factory, ITestOutputHelper output) : SharedSiteTests(factory, output)
{
    [Theory]
    [InlineData("encryption", "/roles/ai-data-security-specialist")]
    [InlineData("adversarial", "/roles/ai-penetration-tester")]
    [InlineData("Python", "/roles/ai-security-analyst")]
    public async Task Searching_a_skill_word_finds_the_role_that_needs_it(string query, string roleUrl)
    {
        using var client = Site.CreateSiteClient();

        var page = await client.GetHtmlDocumentAsync("/search?q=" + Uri.EscapeDataString(query));

        Assert.Contains(roleUrl, page.QuerySelectorAll(".search-results h2 a").Select(a => a.GetAttribute("href")));
        Assert.NotEmpty(page.QuerySelectorAll(".search-results .snippet mark"));
    }

    [Fact]
    public async Task A_title_match_comes_first()
    {
        using var client = Site.CreateSiteClient();

        var page = await client.GetHtmlDocumentAsync("/search?q=architect");

        Assert.Equal("/roles/ai-security-architect", page.QuerySelector(".search-results h2 a")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("", "Try a skill such as")]
    [InlineData("%21%21%21", "Your search has no letters or numbers")]
    [InlineData("zzqqxx", "0 results for")]
    public async Task Empty_odd_and_unmatched_queries_get_a_helpful_page(string query, string text)
    {
        using var client = Site.CreateSiteClient();

        var page = await client.GetHtmlDocumentAsync("/search?q=" + query);

        Assert.Contains(text, page.QuerySelector("main")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_script_in_the_query_is_shown_as_text()
    {
        using var client = Site.CreateSiteClient();

        var page = await client.GetHtmlDocumentAsync("/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E");

        Assert.Empty(page.QuerySelectorAll("main script"));
        Assert.Equal("<script>alert(1)</script>", page.QuerySelector("#q")!.GetAttribute("value"));
    }
}
