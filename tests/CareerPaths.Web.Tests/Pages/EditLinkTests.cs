using CareerPaths.Web.Tests.Infrastructure;

namespace CareerPaths.Web.Tests.Pages;

public sealed class EditLinkTests
{
    [Theory]
    [InlineData("/roles/ai-policy-advisor", "https://git.example.org/careerpaths/edit/main/content/roles/ai-policy-advisor.md")]
    [InlineData("/tracks/technical", "https://git.example.org/careerpaths/edit/main/content/tracks/technical.md")]
    [InlineData("/", "https://git.example.org/careerpaths/edit/main/content/_index.md")]
    public async Task With_an_edit_url_configured_a_page_links_to_its_source_file(string url, string expected)
    {
        await using var factory = new EditableSiteFactory("https://git.example.org/careerpaths/edit/main/content/");
        using var client = factory.CreateClient();

        var page = await client.GetHtmlDocumentAsync(url);

        Assert.Equal(expected, page.QuerySelector("a.edit-link")!.GetAttribute("href"));
        Assert.Equal("Edit this page", page.QuerySelector("a.edit-link")!.Text());
    }

    [Fact]
    public async Task Without_an_edit_url_there_is_no_edit_link()
    {
        await using var factory = new EditableSiteFactory(null);
        using var client = factory.CreateClient();

        var page = await client.GetHtmlDocumentAsync("/roles/ai-policy-advisor");

        Assert.Null(page.QuerySelector("a.edit-link"));
    }

    private sealed class EditableSiteFactory(string? editUrlBase) : ConfiguredSiteFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?> { ["Content:EditUrlBase"] = editUrlBase };
    }
}
