using CareerPaths.Content.Guidance;
using CareerPaths.Content.Loading;
using CareerPaths.Content.Model;

namespace CareerPaths.Content.Tests.Guidance;

public sealed class PathFinderTests
{
    private static readonly Catalog Catalog = CatalogLoader.Load(RepositoryPaths.Content, "content").Catalog!;

    public static TheoryData<string> Backgrounds() => [.. Catalog.Backgrounds.Select(b => b.Slug)];

    [Theory]
    [MemberData(nameof(Backgrounds))]
    public void Every_background_starting_out_is_pointed_at_the_role_it_maps_to(string background)
    {
        var result = PathFinder.Recommend(Catalog, new PathQuery(background, [], "0"))!;

        var mapped = Catalog.FindRole(Catalog.FindBackground(background)!.Role)!;
        Assert.Equal(mapped, result.EntryRole);
        Assert.Equal(Catalog.TrackOf(mapped), result.Track);
        Assert.Empty(result.Notices);
        Assert.NotEmpty(result.Strengths);
        Assert.Equal(result.SkillsYouHave.Count + result.SkillsToBuild.Count, mapped.SkillItems.Count);
        Assert.NotEmpty(result.Certifications);
    }

    [Fact]
    public void A_software_developer_keeps_programming_and_learns_the_rest()
    {
        var result = PathFinder.Recommend(Catalog, new PathQuery("software-developer", [], "0"))!;

        Assert.Equal("AI Security Engineer", result.EntryRole.Title);
        Assert.Equal(["Strong programming skills"], result.SkillsYouHave);
        Assert.Equal(["knowledge of AI/ML vulnerabilities", "experience with security frameworks"], result.SkillsToBuild);
        Assert.Equal(["AI Security Architect", "Chief AI Security Officer"], result.NextSteps.Select(r => r.Title));
    }

    [Fact]
    public void Years_in_a_neighboring_field_count_for_one_level_less()
    {
        var result = PathFinder.Recommend(Catalog, new PathQuery("risk-analyst", [], "12"))!;

        Assert.Equal("advanced", result.EntryLevel.Slug);
        Assert.Equal("governance", result.Track.Slug);
    }

    [Fact]
    public void Without_a_background_the_interests_choose_the_track_and_entry_level_is_first()
    {
        var result = PathFinder.Recommend(Catalog, new PathQuery(PathQuery.OtherBackground, ["Incident response", "Threat intelligence"], "1"))!;

        Assert.Equal("operations", result.Track.Slug);
        Assert.Equal("entry", result.EntryLevel.Slug);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "3", "We did not recognize that background")]
    [InlineData("software-developer", "lots", "Years of experience should be a whole number")]
    [InlineData("software-developer", "-4", "Years of experience should be a whole number")]
    [InlineData("software-developer", "99999999999999", "Years of experience should be a whole number")]
    public void Malformed_answers_get_a_friendly_notice_and_still_a_result(string background, string years, string notice)
    {
        var result = PathFinder.Recommend(Catalog, new PathQuery(background, ["not an interest"], years))!;

        Assert.Contains(result.Notices, n => n.StartsWith(notice, StringComparison.Ordinal));
        Assert.Contains(result.Notices, n => n.StartsWith("Some interests were not ones we know", StringComparison.Ordinal));
        Assert.NotNull(result.EntryRole);
    }

    [Fact]
    public void No_answers_give_no_recommendation()
    {
        Assert.Null(PathFinder.Recommend(Catalog, new PathQuery(null, [], null)));
    }
}
