using CareerPaths.Web.Tests.Infrastructure;

namespace CareerPaths.Web.Tests.Pages;

/// <summary>With many more roles than the real content, lists page and overviews link to the rest instead of growing without end.</summary>
public sealed class LargeCatalogTests : IClassFixture<LargeCatalogTests.LargeSiteFactory>
{
    private readonly LargeSiteFactory _factory;

    public LargeCatalogTests(LargeSiteFactory factory) => _factory = factory;

    [Fact]
    public async Task The_roles_list_is_paged()
    {
        using var client = _factory.CreateClient();

        var first = await client.GetHtmlDocumentAsync("/roles?track=technical");
        var second = await client.GetHtmlDocumentAsync("/roles?track=technical&page=2");
        var beyond = await client.GetHtmlDocumentAsync("/roles?track=technical&page=999");

        Assert.Equal(60, first.QuerySelectorAll(".role-list > li").Length);
        Assert.Equal("Showing 1-60 of 128 roles in the Technical track.", first.QuerySelector(".result-count")!.Text());
        Assert.Equal("/roles?track=technical&page=2", first.QuerySelector(".pager a[rel=next]")!.GetAttribute("href"));
        Assert.Equal("Showing 61-120 of 128 roles in the Technical track.", second.QuerySelector(".result-count")!.Text());
        Assert.Equal("Showing 121-128 of 128 roles in the Technical track.", beyond.QuerySelector(".result-count")!.Text());
    }

    [Fact]
    public async Task The_map_and_ladders_show_a_few_roles_per_level_and_link_to_the_rest()
    {
        using var client = _factory.CreateClient();

        var map = await client.GetHtmlDocumentAsync("/map");
        var progression = await client.GetHtmlDocumentAsync("/progression");

        Assert.Contains("/roles?track=technical&level=entry", map.QuerySelectorAll("svg a").Select(a => a.GetAttribute("href")));
        Assert.Contains(map.Texts("svg a.more text"), t => t.StartsWith('+'));
        Assert.Contains(progression.QuerySelectorAll(".ladder a"), a => a.GetAttribute("href") == "/roles?track=technical&level=entry" && a.Text() == "and 117 more");
    }

    public sealed class LargeSiteFactory : ConfiguredSiteFactory
    {
        private readonly ContentCopy _content = new();

        public LargeSiteFactory()
        {
            var template = File.ReadAllText(_content.Path("roles/ai-security-tester.md"));
            for (var i = 1; i <= 120; i++)
            {
                File.WriteAllText(
                    _content.Path($"roles/ai-security-tester-{i}.md"),
                    template.Replace("title: AI Security Tester", $"title: AI Security Tester {i}", StringComparison.Ordinal));
            }
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            _content.Dispose();
        }

        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Content:Path"] = _content.Directory };
    }
}
