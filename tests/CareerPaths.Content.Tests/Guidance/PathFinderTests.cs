using CareerPaths.Content.Guidance;
using CareerPaths.Content.Model;
using CareerPaths.Testing;

namespace CareerPaths.Content.Tests.Guidance;

public sealed class PathFinderTests
{
    private static Catalog Catalog => RealContent.Catalog;

    public static TheoryData<string> Backgrounds() => [.. Catalog.Backgrounds.Select(b => b.Slug)];

    [Theory]
    [MemberData(nameof(Backgrounds))]
    public void Every_background_starting_out_is_pointed_at_the_role_it_maps_to(string background)
    {
        var result = PathFinder.Recommend(Catalog, new PathQuery(background, [], "0"))!;

        var mapped = Catalog.FindBackground(background)!.Role;
        Assert.Equal(mapped, result.EntryRole);
        Assert.Equal(mapped.Track, result.Track);
        Assert.Empty(result.Notices);
        Assert.NotEmpty(result.Strengths);
        Assert.Equal(result.SkillsYouHave.Count + result.SkillsToBuild.Count, mapped.SkillNeeds.Count);
        var serving = new[] { mapped }.Concat(result.NextSteps).SelectMany(Catalog.CertificationsFor).ToHashSet();
        Assert.Equal(serving.Count > 0, result.Certifications.Count > 0);
        Assert.All(result.Certifications, c => Assert.Contains(c, serving));
    }

    [Fact]
    public void A_software_developer_keeps_the_skills_the_background_brings_and_learns_the_rest()
    {
        var developer = Catalog.FindBackground("software-developer")!;

        var result = PathFinder.Recommend(Catalog, new PathQuery(developer.Slug, [], "0"))!;

        Assert.Equal("AI Security Engineer", result.EntryRole.Title);
        bool Brought(SkillNeed need) => developer.Skills.Contains(need.Skill);
        Assert.Equal(result.EntryRole.SkillNeeds.Where(Brought), result.SkillsYouHave);
        Assert.Equal(result.EntryRole.SkillNeeds.Where(n => !Brought(n)), result.SkillsToBuild);
    }

    [Theory]
    [MemberData(nameof(Backgrounds))]
    public void Every_background_brings_at_least_one_skill_its_role_needs(string background)
    {
        var result = PathFinder.Recommend(Catalog, new PathQuery(background, [], "0"))!;

        Assert.NotEmpty(result.SkillsYouHave);
        Assert.All(result.SkillsYouHave, need => Assert.Contains(need.Skill, Catalog.FindBackground(background)!.Skills));
    }

    [Fact]
    public void Without_a_background_every_skill_of_the_role_is_one_to_build()
    {
        var result = PathFinder.Recommend(Catalog, new PathQuery(PathQuery.OtherBackground, [], "0"))!;

        Assert.Empty(result.SkillsYouHave);
        Assert.Equal(result.EntryRole.SkillNeeds, result.SkillsToBuild);
    }

    [Fact]
    public void The_steps_after_the_entry_role_follow_the_usual_next_step_twice()
    {
        var result = PathFinder.Recommend(Catalog, new PathQuery("software-developer", [], "0"))!;

        var first = result.EntryRole.NextSteps[0];
        Assert.Equal([first, .. first.NextSteps.Take(1)], result.NextSteps);
        Assert.All(result.NextSteps, step => Assert.True(step.Level.Rank > result.EntryLevel.Rank));
    }

    [Fact]
    public void Years_in_a_neighboring_field_count_for_one_level_less()
    {
        var result = PathFinder.Recommend(Catalog, new PathQuery("risk-analyst", [], "12"))!;

        Assert.Equal("Advanced", result.EntryLevel.Name);
        Assert.Equal(Catalog.FindBackground("risk-analyst")!.Role.Track, result.Track);
    }

    [Fact]
    public void Without_a_background_the_interests_choose_the_track_and_entry_level_is_first()
    {
        var result = PathFinder.Recommend(Catalog, new PathQuery(PathQuery.OtherBackground, ["Incident response", "Threat intelligence"], "1"))!;

        Assert.Equal("Operations Track", result.Track.Title);
        Assert.Equal("Entry-Level", result.EntryLevel.Name);
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
