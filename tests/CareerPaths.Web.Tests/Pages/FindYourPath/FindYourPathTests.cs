using CareerPaths.Content.Guidance;
using CareerPaths.Testing;
using CareerPaths.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CareerPaths.Web.Tests.Pages.FindYourPath;

[Collection(SharedSite.Name)]
public sealed class FindYourPathTests(SiteFactory factory, ITestOutputHelper output) : SharedSiteTests(factory, output)
{
    public static TheoryData<string> Backgrounds() => [.. RealContent.Catalog.Backgrounds.Select(b => b.Slug)];

    [Theory]
    [MemberData(nameof(Backgrounds))]
    public async Task Every_background_gets_a_track_an_entry_role_and_the_steps_after_it(string background)
    {
        var catalog = RealContent.Catalog;
        var mapped = catalog.FindBackground(background)!.Role;
        var expected = PathFinder.Recommend(catalog, new PathQuery(background, [], "0"))!;
        using var client = Site.CreateSiteClient();

        var page = await client.GetHtmlDocumentAsync($"/find-your-path?background={background}&years=0");

        var result = page.QuerySelector("#result")!;
        Assert.Equal(SeedFacts.Normalize($"Your recommended path: the {mapped.Track.Name} track"), result.QuerySelector("h2")!.Text());
        Assert.Equal(SeedFacts.Normalize(mapped.Title), result.QuerySelector(".result-lead a strong")!.Text());
        Assert.NotEmpty(result.QuerySelectorAll("section[aria-labelledby=why-title] li"));
        Assert.Equal(expected.NextSteps.Select(r => $"/roles/{r.Slug}"), result.QuerySelectorAll("section[aria-labelledby=steps-title] li a").Select(a => a.GetAttribute("href")));
        Assert.Equal(expected.Certifications.Select(c => SeedFacts.Normalize(c.Name)), result.QuerySelectorAll("section[aria-labelledby=result-certs-title] li a").Select(a => a.Text()));
        Assert.Equal(background, page.QuerySelector("#background option[selected]")!.GetAttribute("value"));
    }

    [Theory]
    [MemberData(nameof(Backgrounds))]
    public async Task Why_it_fits_and_skills_to_build_come_from_the_skills_the_background_brings(string background)
    {
        var catalog = RealContent.Catalog;
        var brought = catalog.FindBackground(background)!.Skills;
        var role = PathFinder.Recommend(catalog, new PathQuery(background, [], "0"))!.EntryRole;
        using var client = Site.CreateSiteClient();

        var page = await client.GetHtmlDocumentAsync($"/find-your-path?background={background}&years=0");

        Assert.Equal(
            role.SkillNeeds.Where(n => brought.Contains(n.Skill)).Select(n => $"/skills/{n.Skill.Slug}"),
            page.QuerySelectorAll("section[aria-labelledby=why-title] li a").Select(a => a.GetAttribute("href")));
        Assert.Equal(
            role.SkillNeeds.Where(n => !brought.Contains(n.Skill)).Select(n => $"{SeedFacts.Normalize(n.Skill.Name)} ({n.LevelName})"),
            page.Texts("section[aria-labelledby=build-title] li"));
        Assert.Contains($"/compare?to={role.Slug}", page.QuerySelectorAll("#result a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task The_form_lists_every_background_every_focus_area_and_other()
    {
        var catalog = RealContent.Catalog;
        using var client = Site.CreateSiteClient();

        var page = await client.GetHtmlDocumentAsync("/find-your-path");

        var options = page.QuerySelectorAll("#background option:not([value=''])");
        Assert.Equal([.. catalog.Backgrounds.Select(b => b.Slug), PathQuery.OtherBackground], options.Select(o => o.GetAttribute("value")));
        Assert.Equal([.. catalog.Backgrounds.Select(b => SeedFacts.Normalize(b.Name)), "Something else"], options.Select(o => o.Text()));
        var interests = page.QuerySelectorAll("input[name=interest]");
        Assert.Equal(catalog.Tracks.SelectMany(t => t.FocusAreas), interests.Select(i => i.GetAttribute("value")));
        Assert.All(interests, i => Assert.Equal(SeedFacts.Normalize(i.GetAttribute("value")!), page.QuerySelector($"label[for='{i.Id}']")!.Text()));
        Assert.Equal("get", page.QuerySelector("form.path-form")!.GetAttribute("method"));
        Assert.Null(page.QuerySelector("#result"));
        Assert.Equal(catalog.Guides.Select(g => $"/guides/{g.Slug}"), page.QuerySelectorAll("#guides li a").Select(a => a.GetAttribute("href")));
    }

    [Theory]
    [InlineData("?background=%3Cscript%3Ealert(1)%3C%2Fscript%3E&years=abc", "We did not recognize that background")]
    [InlineData("?background=software-developer&years=-1", "Years of experience should be a whole number")]
    [InlineData("?interest=Nope&interest=%22%3E%3Cimg", "Some interests were not ones we know")]
    public async Task Malformed_answers_get_a_friendly_message_not_an_error(string query, string message)
    {
        using var client = Site.CreateSiteClient();

        var page = await client.GetHtmlDocumentAsync("/find-your-path" + query);

        Assert.Contains(page.Texts("#result .notice"), n => n.StartsWith(message, StringComparison.Ordinal));
        Assert.Empty(page.QuerySelectorAll("main script, main img"));
    }
}
