using CareerPaths.Content.Diagnostics;
using CareerPaths.Content.Validation;

namespace CareerPaths.Content.Tests.Validation;

/// <summary>
/// Each house-style rule, shown on a fixture that meets every rule but one: the slip is one warning
/// naming the file, the line and the rule, and the content still loads.
/// </summary>
public sealed class HouseStyleTests
{
    [Fact]
    public void The_house_style_fixture_meets_every_rule()
    {
        using var fixture = ContentFixture.CreateInHouseStyle();

        var result = fixture.Load();

        Assert.Empty(result.Errors);
        Assert.Empty(Warnings(result));
    }

    [Theory]
    [InlineData("track-positions", "content/tracks/technical.md:1:1: warning: [style:track-positions] the Technical track has 4 positions; the house style is 5 to 8 \u2014 add a role with `track: technical` so the ladder has a choice at more levels")]
    [InlineData("role-paragraphs", "content/roles/analyst.md:1:1: warning: [style:role-paragraphs] the narrative of 'Fixture Analyst' has 2 paragraph(s); the house style is 3 to 5 \u2014 below the front matter, say what the job is day to day, how people get into it and what comes next, with a blank line between paragraphs")]
    [InlineData("guide-length", "content/guides/students.md:1:1: warning: [style:guide-length] the guide 'Fixture guide for students' has 18 words; the house style is at least 500 \u2014 add the first steps to take, the skills to build and the roles to aim for")]
    [InlineData("summary-length", "content/roles/engineer.md:5:10: warning: [style:summary-length] the summary of 'Fixture Engineer' has 225 characters; the house style is 40 to 200 \u2014 keep it to one sentence; cards and search engines cut longer text off, and the page body has room for the rest")]
    [InlineData("description-length", "content/progression.md:3:14: warning: [style:description-length] the description of 'Fixture Progression' has 11 characters; the house style is 40 to 200 \u2014 say in one sentence what a reader finds on this page; search engines and link previews show it")]
    public void A_style_slip_is_one_warning_with_file_line_rule_and_fix_and_the_content_still_loads(string slip, string expected)
    {
        using var fixture = ContentFixture.CreateInHouseStyle(slip);

        var result = fixture.Load();

        Assert.NotNull(result.Catalog);
        Assert.Empty(result.Errors);
        var warning = Assert.Single(Warnings(result));
        Assert.Equal(ErrorSeverity.Warning, warning.Severity);
        Assert.Equal(expected, warning.ToString());
    }

    [Theory]
    [InlineData(2, true)]
    [InlineData(3, false)]
    [InlineData(5, false)]
    [InlineData(6, true)]
    public void A_role_narrative_is_warned_about_outside_three_to_five_paragraphs(int paragraphs, bool warned)
    {
        using var fixture = ContentFixture.CreateInHouseStyle();
        var analyst = File.ReadAllText(Path.Combine(fixture.Directory, "roles/analyst.md"));
        var frontMatter = analyst[..(analyst.IndexOf("\n---\n", StringComparison.Ordinal) + 5)];
        fixture.Write("roles/analyst.md", frontMatter + string.Join("\n\n", Enumerable.Range(1, paragraphs).Select(i => $"Paragraph {i}.")));

        var warnings = Warnings(fixture.Load());

        Assert.Equal(warned, warnings.Any(w => w.Message.StartsWith("[style:role-paragraphs]", StringComparison.Ordinal) && w.File == "content/roles/analyst.md"));
    }

    [Fact]
    public void A_track_with_more_than_eight_positions_is_warned_about()
    {
        using var fixture = ContentFixture.CreateInHouseStyle();
        var specialist = File.ReadAllText(Path.Combine(fixture.Directory, "roles/specialist.md"));
        for (var i = 2; i <= 5; i++)
        {
            fixture.Write($"roles/specialist-{i}.md", specialist.Replace("title: Fixture Specialist", $"title: Fixture Specialist {i}", StringComparison.Ordinal));
        }

        var warning = Assert.Single(Warnings(fixture.Load()));

        Assert.StartsWith("content/tracks/technical.md:1:1: warning: [style:track-positions] the Technical track has 9 positions; the house style is 5 to 8 \u2014 merge", warning.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_bounds_come_from_the_limits_and_a_guide_at_the_bound_passes()
    {
        using var fixture = ContentFixture.CreateInHouseStyle("guide-length");
        var catalog = fixture.Load().Catalog!;

        var relaxed = HouseStyleChecks.Check(catalog, HouseStyleLimits.Default with { MinGuideWords = 18 }, "content");

        Assert.Empty(relaxed);
    }

    private static IReadOnlyList<ContentError> Warnings(CareerPaths.Content.LoadResult result) =>
        HouseStyleChecks.Check(result.Catalog!, HouseStyleLimits.Default, "content");
}
