namespace CareerPaths.Content.Tests.Validation;

/// <summary>References into the skills map are checked like every other reference: file, line and the skill the editor probably meant.</summary>
public sealed class SkillReferenceTests
{
    [Theory]
    [InlineData("unknown-skill", "content/roles/analyst.md:9:14: error: unknown skill 'programing' \u2014 did you mean 'programming'?")]
    [InlineData("unknown-skill-level", "content/roles/analyst.md:9:34: error: unknown skill level 'expret' \u2014 did you mean 'expert'?")]
    [InlineData("duplicate-skill-need", "content/roles/analyst.md:10:14: error: skill 'programming' is listed twice in this role's skill_needs \u2014 keep one, with the level the role needs")]
    [InlineData("unknown-skill-elsewhere", "content/backgrounds.yml:9:31: error: unknown skill 'security-basic' \u2014 did you mean 'security-basics'?")]
    [InlineData("unknown-skill-elsewhere", "content/certifications.yml:8:14: error: unknown skill 'programmin' \u2014 did you mean 'programming'?")]
    [InlineData("unknown-skill-elsewhere", "content/learning.yml:9:14: error: unknown skill 'securty-basics' \u2014 did you mean 'security-basics'?")]
    [InlineData("unknown-skill-category", "content/skills.yml:7:15: error: unknown skill category 'enginering' \u2014 did you mean 'engineering'?")]
    public void An_unknown_skill_reference_names_its_file_line_and_the_nearest_skill(string fault, string expected)
    {
        using var fixture = ContentFixture.Create(fault);

        var result = fixture.Load();

        Assert.Null(result.Catalog);
        Assert.Contains(expected, result.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void A_missing_skills_file_is_reported_by_name()
    {
        using var fixture = ContentFixture.Create();
        File.Delete(Path.Combine(fixture.Directory, "skills.yml"));

        var result = fixture.Load();

        Assert.Contains(result.Errors, e => e.File == "content/skills.yml" && e.Message.StartsWith("this file is missing", StringComparison.Ordinal));
    }

    [Fact]
    public void Builds_is_optional_so_an_entry_without_it_loads()
    {
        using var fixture = ContentFixture.Create();

        var result = fixture.Load();

        Assert.NotNull(result.Catalog);
        Assert.All(result.Catalog.Certifications, c => Assert.Empty(c.Builds));
    }
}
