using CareerPaths.Content.Model;
using CareerPaths.Testing;
using CareerPaths.Web.Pages.Common;
using CareerPaths.Web.Tests.Infrastructure;

namespace CareerPaths.Web.Tests.Pages.Skills;

/// <summary>The skills map pages, checked against the catalog they are built from.</summary>
[Collection(SharedSite.Name)]
public sealed class SkillsTests(SiteFactory factory)
{
    private static Catalog Catalog => RealContent.Catalog;

    public static TheoryData<string> SkillSlugs() => [.. Catalog.Skills.Select(s => s.Slug)];

    [Fact]
    public async Task The_skills_map_lists_every_skill_by_category_with_how_many_roles_need_it()
    {
        using var client = factory.CreateSiteClient();

        var page = await client.GetHtmlDocumentAsync("/skills");

        var sections = page.QuerySelectorAll("section.skill-category");
        Assert.Equal(Catalog.SkillCategories.Where(c => Catalog.SkillsIn(c).Count > 0).Select(c => c.Name), sections.Select(s => s.QuerySelector("h2")!.Text()));
        foreach (var section in sections)
        {
            var category = Catalog.SkillCategories.Single(c => c.Name == section.QuerySelector("h2")!.Text());
            var skills = Catalog.SkillsIn(category);
            Assert.Equal(skills.Select(s => $"/skills/{s.Slug}"), section.QuerySelectorAll("li a").Select(a => a.GetAttribute("href")));
            Assert.Equal(
                skills.Select(s => Catalog.RolesNeeding(s).Count is var n and > 0 ? $"(needed by {Text.Count(n, "role")})" : "(no role lists it yet)"),
                section.QuerySelectorAll("li .muted").Select(m => m.Text()));
        }
    }

    [Theory]
    [MemberData(nameof(SkillSlugs))]
    public async Task A_skill_page_lists_the_roles_that_need_it_by_track_with_the_level_and_what_builds_it(string slug)
    {
        var skill = Catalog.FindSkill(slug)!;
        var roles = Catalog.RolesNeeding(skill);
        using var client = factory.CreateSiteClient();

        var page = await client.GetHtmlDocumentAsync($"/skills/{slug}");

        Assert.Equal(SeedFacts.Normalize(skill.Name), page.QuerySelector("h1")!.Text());
        Assert.Equal(Catalog.Tracks.Where(t => roles.Any(r => r.Track == t)).Select(t => $"{t.Name} track"), page.Texts("section[aria-labelledby=roles-title] h3"));
        var rows = page.QuerySelectorAll("table.skill-roles tbody tr");
        Assert.Equal(roles.Select(r => $"/roles/{r.Slug}"), rows.Select(r => r.QuerySelector("a")!.GetAttribute("href")));
        Assert.Equal(roles.Select(r => r.NeedFor(skill)!.LevelName), rows.Select(r => r.QuerySelectorAll("td")[^1].Text()));
        Assert.Equal(Catalog.CertificationsBuilding(skill).Select(c => SeedFacts.Normalize(c.Name)), page.Texts("section[aria-labelledby=certs-title] li a"));
        Assert.Equal(Catalog.LearningBuilding(skill).Select(r => SeedFacts.Normalize(r.Name)), page.Texts("section[aria-labelledby=learn-title] li a"));
    }

    [Fact]
    public async Task An_unknown_skill_is_the_site_404()
    {
        using var client = factory.CreateSiteClient();

        var page = await client.GetHtmlDocumentAsync("/skills/no-such-skill", System.Net.HttpStatusCode.NotFound);

        Assert.NotNull(page.QuerySelector("nav"));
    }

    [Fact]
    public async Task The_skills_map_is_in_the_primary_navigation_and_the_sitemap()
    {
        using var client = factory.CreateSiteClient();

        var page = await client.GetHtmlDocumentAsync("/skills");
        var sitemap = await client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative));

        Assert.Equal("page", page.QuerySelector("nav a[href='/skills']")!.GetAttribute("aria-current"));
        Assert.All(Catalog.Skills, s => Assert.Contains($"/skills/{s.Slug}</loc>", sitemap, StringComparison.Ordinal));
    }
}
