using CareerPaths.Content.Model;
using CareerPaths.Testing;
using CareerPaths.Web.Pages.Common;
using CareerPaths.Web.Pages.Roles;
using CareerPaths.Web.Tests.Infrastructure;

namespace CareerPaths.Web.Tests.Pages.Roles;

/// <summary>With many more roles than the real content, lists page and overviews link to the rest instead of growing without end.</summary>
public sealed class LargeCatalogTests : IClassFixture<LargeCatalogTests.LargeSiteFactory>
{
    private readonly LargeSiteFactory _factory;

    public LargeCatalogTests(LargeSiteFactory factory) => _factory = factory;

    /// <summary>The real role every copy is made from, so the expected totals follow the real content.</summary>
    private const string Template = "ai-security-tester";
    private const int Copies = 120;

    [Fact]
    public async Task The_roles_list_is_paged()
    {
        var (track, _) = TemplatePlace();
        var total = RealContent.Catalog.RolesIn(track).Count + Copies;
        var lastFirst = ((total - 1) / IndexModel.PageSize * IndexModel.PageSize) + 1;
        using var client = _factory.CreateClient();

        var first = await client.GetHtmlDocumentAsync($"/roles?track={track.Slug}");
        var second = await client.GetHtmlDocumentAsync($"/roles?track={track.Slug}&page=2");
        var beyond = await client.GetHtmlDocumentAsync($"/roles?track={track.Slug}&page=999");

        Assert.Equal(60, first.QuerySelectorAll(".role-list > li").Length);
        Assert.Equal($"Showing 1-60 of {total} roles in the {track.Name} track.", first.QuerySelector(".result-count")!.Text());
        Assert.Equal($"/roles?track={track.Slug}&page=2", first.QuerySelector(".pager a[rel=next]")!.GetAttribute("href"));
        Assert.Equal($"Showing 61-120 of {total} roles in the {track.Name} track.", second.QuerySelector(".result-count")!.Text());
        Assert.Equal($"Showing {lastFirst}-{total} of {total} roles in the {track.Name} track.", beyond.QuerySelector(".result-count")!.Text());
    }

    [Fact]
    public async Task The_map_and_ladders_show_a_few_roles_per_level_and_link_to_the_rest()
    {
        var (track, level) = TemplatePlace();
        var atLevel = RealContent.Catalog.RolesIn(track, level).Count + Copies;
        var filtered = $"/roles?track={track.Slug}&level={level.Slug}";
        using var client = _factory.CreateClient();

        var map = await client.GetHtmlDocumentAsync("/map");
        var progression = await client.GetHtmlDocumentAsync("/progression");

        Assert.Contains(filtered, map.QuerySelectorAll("svg a").Select(a => a.GetAttribute("href")));
        Assert.Contains(map.Texts("svg a.more text"), t => t.StartsWith('+'));
        Assert.Contains(progression.QuerySelectorAll(".ladder a"), a => a.GetAttribute("href") == filtered && a.Text() == $"and {atLevel - ListLimits.PerLevel} more");
    }

    private static (Track Track, Level Level) TemplatePlace()
    {
        var template = RealContent.Catalog.FindRole(Template)!;
        return (template.Track, template.Level);
    }

    public sealed class LargeSiteFactory : ConfiguredSiteFactory
    {
        private readonly ContentCopy _content = new();

        public LargeSiteFactory()
        {
            var template = File.ReadAllText(_content.Path($"roles/{Template}.md"));
            for (var i = 1; i <= Copies; i++)
            {
                File.WriteAllText(
                    _content.Path($"roles/{Template}-{i}.md"),
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
