using CareerPaths.Content.Guidance;
using CareerPaths.Content.Model;
using CareerPaths.Testing;
using CareerPaths.Web.Pages.Compare;
using CareerPaths.Web.Tests.Infrastructure;

namespace CareerPaths.Web.Tests.Pages.Compare;

/// <summary>The compare page as a visitor reads it, for every kind of pair; the pairs and expectations come from the catalog.</summary>
[Collection(SharedSite.Name)]
public sealed class CompareTests(SiteFactory factory)
{
    private static Catalog Catalog => RealContent.Catalog;

    [Fact]
    public async Task Two_roles_in_one_track_show_levels_salaries_skills_and_the_route_between_them()
    {
        var from = Catalog.Roles.First(r => r.Level.Rank == 0 && r.NextSteps.Count > 0);
        var to = Catalog.RolesIn(from.Track)[^1];
        var expected = RoleComparer.Compare(Catalog, from, to);
        using var client = factory.CreateSiteClient();

        var page = await client.GetHtmlDocumentAsync($"/compare?from={from.Slug}&to={to.Slug}");

        Assert.Equal(SeedFacts.Normalize($"{from.Title} \u2192 {to.Title}"), page.QuerySelector("#result-title")!.Text());
        var rows = page.QuerySelectorAll(".compare-table tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.Text()).ToList()).ToList();
        Assert.Equal([from.Level.Name, to.Level.Name, CompareView.Levels(Catalog.Text, expected.LevelSteps)], rows[0]);
        Assert.Equal(SeedFacts.Normalize(from.Level.Salary.Text), rows[2][0]);
        Assert.Equal(SeedFacts.Normalize(to.Level.Salary.Text), rows[2][1]);
        Assert.StartsWith(CompareView.Dollars(Catalog.Text, expected.SalaryMinDifference), rows[2][2], StringComparison.Ordinal);
        Assert.Equal(expected.ToAdd.Select(n => $"/skills/{n.Skill.Slug}"), Hrefs(page, "section[aria-labelledby=add-title] li a"));
        Assert.Equal(expected.ToDeepen.Select(n => $"/skills/{n.Skill.Slug}"), Hrefs(page, "section[aria-labelledby=deepen-title] li a"));
        Assert.Equal(expected.Route.Steps.Select(r => $"/roles/{r.Slug}"), Hrefs(page, "ol.route li a"));
        Assert.NotEmpty(expected.Route.Between);
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.Equal(from.Slug, page.QuerySelector("#from option[selected]")!.GetAttribute("value"));
        Assert.Equal(to.Slug, page.QuerySelector("#to option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Across_tracks_with_no_next_step_link_the_page_says_there_is_no_route_and_where_to_cross()
    {
        var (from, to) = CrossTrackPairWithoutRoute();
        var via = RoleComparer.Compare(Catalog, from, to).Route.Via!;
        using var client = factory.CreateSiteClient();

        var page = await client.GetHtmlDocumentAsync($"/compare?from={from.Slug}&to={to.Slug}");

        var route = page.QuerySelector("section[aria-labelledby=route-title]")!;
        Assert.StartsWith(SeedFacts.Normalize($"There is no route: no chain of next-step links leads from {from.Title} on the {from.Track.Name} track to {to.Title} on the {to.Track.Name} track."), route.QuerySelector("p")!.Text(), StringComparison.Ordinal);
        Assert.Contains($"/compare?from={via.Slug}&to={to.Slug}", route.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Null(page.QuerySelector("ol.route"));
        Assert.Equal("another track", page.QuerySelectorAll(".compare-table tbody tr")[^1].QuerySelectorAll("td")[^1].Text());
    }

    [Fact]
    public async Task Going_down_a_level_is_explained_as_a_step_down_with_no_route()
    {
        var higher = Catalog.Roles.First(r => r.Level.Rank > 0);
        var lower = Catalog.RolesIn(higher.Track).First(r => r.Level.Rank < higher.Level.Rank);
        using var client = factory.CreateSiteClient();

        var page = await client.GetHtmlDocumentAsync($"/compare?from={higher.Slug}&to={lower.Slug}");

        Assert.StartsWith(SeedFacts.Normalize($"There is no route: {lower.Title} sits at a lower level than {higher.Title}"), page.QuerySelector("section[aria-labelledby=route-title] p")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_role_on_both_sides_is_explained_not_compared()
    {
        var role = Catalog.Roles[0];
        using var client = factory.CreateSiteClient();

        var page = await client.GetHtmlDocumentAsync($"/compare?from={role.Slug}&to={role.Slug}");

        Assert.Contains(SeedFacts.Normalize($"You chose {role.Title} on both sides, so there is no move to compare."), page.Texts(".compare-result .notice").Single(), StringComparison.Ordinal);
        Assert.Equal("Both sides are the same role, so there is no route to take.", page.QuerySelector("section[aria-labelledby=route-title] p")!.Text());
        Assert.Equal(role.SkillNeeds.Select(n => $"/skills/{n.Skill.Slug}"), Hrefs(page, "section[aria-labelledby=shared-title] li a"));
    }

    [Fact]
    public async Task An_unknown_role_gets_a_friendly_notice_the_form_and_the_role_probably_meant()
    {
        var meant = Catalog.Roles[^1];
        var other = Catalog.Roles[0];
        using var client = factory.CreateSiteClient();

        var page = await client.GetHtmlDocumentAsync($"/compare?from={other.Slug}&to={meant.Slug[..^1]}");

        var notice = page.QuerySelector("p.notice")!;
        Assert.StartsWith("We do not know the second role you asked for", notice.Text(), StringComparison.Ordinal);
        Assert.Equal($"/compare?from={other.Slug}&to={meant.Slug}", notice.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(SeedFacts.Normalize(meant.Title), notice.QuerySelector("a")!.Text());
        Assert.NotNull(page.QuerySelector("form.compare-form"));
        Assert.Null(page.QuerySelector(".compare-result"));
    }

    [Theory]
    [InlineData("", null)]
    [InlineData("?from=", null)]
    [InlineData("?to=%3Cscript%3E", "We do not know the second role you asked for")]
    [InlineData("?from=a&from=b&to=c%00d", "We do not know the first role you asked for")]
    public async Task Missing_or_malformed_parameters_get_the_form_with_status_200(string query, string? notice)
    {
        using var client = factory.CreateSiteClient();

        var page = await client.GetHtmlDocumentAsync("/compare" + query);

        Assert.NotNull(page.QuerySelector("form.compare-form[method=get]"));
        Assert.Null(page.QuerySelector(".compare-result"));
        if (notice is null)
        {
            Assert.Empty(page.Texts("p.notice"));
        }
        else
        {
            Assert.StartsWith(notice, page.Texts("p.notice")[0], StringComparison.Ordinal);
        }

        Assert.Empty(page.QuerySelectorAll("main script"));
    }

    [Fact]
    public async Task Only_one_role_given_keeps_it_chosen_and_asks_for_the_other()
    {
        var role = Catalog.Roles[0];
        using var client = factory.CreateSiteClient();

        var page = await client.GetHtmlDocumentAsync($"/compare?from={role.Slug}");

        Assert.Equal("Choose the role you want to compare it with, in the second list.", page.QuerySelector("p.notice")!.Text());
        Assert.Equal(role.Slug, page.QuerySelector("#from option[selected]")!.GetAttribute("value"));
        Assert.Null(page.QuerySelector("#to option[selected]"));
    }

    [Fact]
    public async Task Every_role_page_links_to_compare_from_it_and_to_it()
    {
        using var client = factory.CreateSiteClient();

        foreach (var role in Catalog.Roles)
        {
            var page = await client.GetHtmlDocumentAsync($"/roles/{role.Slug}");

            Assert.Equal([$"/compare?from={role.Slug}", $"/compare?to={role.Slug}"], Hrefs(page, ".compare-links a"));
            Assert.Equal(role.SkillNeeds.Select(n => $"/skills/{n.Skill.Slug}"), Hrefs(page, ".skill-needs a"));
            Assert.Equal(role.SkillNeeds.Select(n => $"{SeedFacts.Normalize(n.Skill.Name)} ({n.LevelName})"), page.Texts(".skill-needs li"));
        }
    }

    internal static (Role From, Role To) CrossTrackPairWithoutRoute() =>
        (from f in Catalog.Roles
         from t in Catalog.Roles
         where f.Track != t.Track && t.Level.Rank == f.Level.Rank + 1 && !Reaches(f, t)
         select (f, t)).First();

    private static bool Reaches(Role from, Role to) => from.NextSteps.Any(n => n.Slug == to.Slug || Reaches(n, to));

    private static IEnumerable<string?> Hrefs(AngleSharp.Dom.IDocument page, string selector) =>
        page.QuerySelectorAll(selector).Select(a => a.GetAttribute("href"));
}
