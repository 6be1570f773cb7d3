namespace CareerPaths.Content.Tests.Loading;

/// <summary>Each fault an editor can make, in its own fixture folder, with the exact error the editor is shown.</summary>
public sealed class ContentFaultTests
{
    [Theory]
    [InlineData("malformed-yaml", "content/roles/analyst.md:5:10: error: this is not valid YAML: while scanning a plain scalar value, found invalid mapping \u2014 check the indentation and quote text that contains ': '")]
    [InlineData("unclosed-front-matter", "content/roles/analyst.md:1:1: error: the front matter is not closed \u2014 add a line with just --- after the last setting")]
    [InlineData("missing-field", "content/roles/analyst.md:2:1: error: missing required field 'summary' in this role \u2014 add a line like `summary: One sentence about the role.`")]
    [InlineData("unknown-field", "content/roles/analyst.md:5:1: error: unknown field 'sumary' in this role \u2014 did you mean 'summary'?")]
    [InlineData("unknown-track", "content/roles/analyst.md:3:8: error: unknown track 'technicl' \u2014 did you mean 'technical'?")]
    [InlineData("unknown-level", "content/roles/engineer.md:4:8: error: unknown level 'middle' \u2014 use one of: advanced, entry, executive, mid")]
    [InlineData("unknown-role", "content/backgrounds.yml:7:15: error: unknown role 'enginer' \u2014 did you mean 'engineer'?")]
    [InlineData("unknown-background", "content/guides/students.md:5:35: error: unknown background 'data-scientist' \u2014 use one of: software-developer")]
    [InlineData("duplicate-slug", "content/roles/more/analyst.md:1:1: error: duplicate role slug 'analyst' \u2014 already used by content/roles/analyst.md; give each role its own slug")]
    [InlineData("duplicate-title", "content/roles/analyst.md:2:8: error: duplicate role title 'Fixture Analyst' \u2014 already used by content/roles/analyst-copy.md; give each role its own title")]
    [InlineData("salary-not-number", "content/levels.yml:18:17: error: 'salary_min' must be a whole number with no symbols or commas, like `salary_min: 75000` (found '$100,000')")]
    [InlineData("salary-min-above-max", "content/levels.yml:27:17: error: level 'advanced' has salary_min 190000 above salary_max 180000 \u2014 swap them or correct one")]
    [InlineData("track-missing-level", "content/tracks/technical.md:1:1: error: the Technical track has no role at the Executive level \u2014 add a role with `track: technical` and `level: executive`")]
    [InlineData("broken-link", "content/guides/students.md:9:10: error: broken link '/roles/architekt' \u2014 no page has that address \u2014 did you mean '/roles/architect'?")]
    [InlineData("empty-file", "content/roles/analyst.md:1:1: error: the file is empty \u2014 add its content or delete it")]
    [InlineData("not-utf8", "content/roles/analyst.md: error: the file is not UTF-8 text \u2014 save it as UTF-8 in your editor")]
    [InlineData("unsafe-link", "content/roles/analyst.md:10:1: error: link 'javascript:alert(1)' is not allowed \u2014 only https:, http: and mailto: links may leave the site")]
    public void A_fault_is_reported_with_its_file_line_and_fix(string fault, string expected)
    {
        using var fixture = ContentFixture.Create(fault);

        var result = fixture.Load();

        Assert.Null(result.Catalog);
        Assert.Contains(expected, result.Errors.Select(e => e.ToString()));
    }

    [Theory]
    [InlineData("unclosed-front-matter")]
    [InlineData("empty-file")]
    [InlineData("not-utf8")]
    [InlineData("malformed-yaml")]
    public void A_broken_file_is_reported_once_not_again_by_everything_that_refers_to_it(string fault)
    {
        using var fixture = ContentFixture.Create(fault);

        var result = fixture.Load();

        var error = Assert.Single(result.Errors);
        Assert.Equal("content/roles/analyst.md", error.File);
    }

    [Fact]
    public void Every_error_is_reported_at_once()
    {
        using var fixture = ContentFixture.Create("unknown-track");
        fixture.Write("roles/engineer.md", File.ReadAllText(Path.Combine(fixture.Directory, "roles/engineer.md")).Replace("level: mid", "level: middle", StringComparison.Ordinal));
        fixture.Write("guides/students.md", "---\ntitle: Guide\naudience: Students\nsummary: A guide.\nreviewed: 2026-11-27\n---\nSee [x](/nowhere).\n");

        var result = fixture.Load();

        var messages = result.Errors.Select(e => e.ToString()).ToList();
        Assert.Contains(messages, m => m.StartsWith("content/roles/analyst.md:3:8: error: unknown track 'technicl'", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("content/roles/engineer.md:4:8: error: unknown level 'middle'", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("content/guides/students.md:7:5: error: broken link '/nowhere'", StringComparison.Ordinal));
    }
}
