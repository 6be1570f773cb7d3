using CareerPaths.Testing;
using CareerPaths.Web.Tests.Infrastructure;

namespace CareerPaths.Web.Tests.Commands;

/// <summary>`validate` on the real content, and on copies of it with each kind of fault an editor can make.</summary>
public sealed class ValidateCommandTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);

    [Fact]
    public async Task Valid_content_prints_a_summary_with_how_much_of_each_language_is_translated_and_exits_0()
    {
        var catalog = RealContent.Catalog;
        var spanish = RealContent.Result.Edition(Content.Model.SiteLanguage.Spanish)!.Catalog;
        var pages = Content.Addresses.SitePages.WithSources(spanish);
        var untranslated = pages.Count(p => spanish.IsUntranslated(p.Source));

        var (exit, output, errors) = await ValidateAsync(RepositoryPaths.Content);

        Assert.Equal(0, exit);
        Assert.StartsWith(
            $"Content is valid: {catalog.Tracks.Count} tracks, {catalog.Levels.Count} levels, {catalog.Roles.Count} roles, {catalog.Backgrounds.Count} mappings, {catalog.Guides.Count} guides",
            output.Trim(),
            StringComparison.Ordinal);
        Assert.Contains($"Español (es): {pages.Count - untranslated} of {pages.Count} pages translated, {untranslated} shown in English until translated.", output, StringComparison.Ordinal);
        Assert.DoesNotContain(": error: ", errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("malformed-yaml", "roles/ai-security-analyst.md", "^level: entry$", "level: entry\n  bad: indent: here")]
    [InlineData("missing-field", "roles/ai-security-analyst.md", "^reviewed: .*\n", "")]
    [InlineData("unknown-field", "roles/ai-security-analyst.md", "^summary:", "sumary:")]
    [InlineData("unknown-track", "roles/ai-security-analyst.md", "^track: technical$", "track: technicl")]
    [InlineData("unknown-level", "roles/ai-security-analyst.md", "^level: entry$", "level: junior")]
    [InlineData("unknown-role", "backgrounds.yml", "role: ai-security-engineer$", "role: ai-security-enginer")]
    [InlineData("duplicate-slug", "backgrounds.yml", "slug: data-scientist$", "slug: software-developer")]
    [InlineData("salary-not-number", "levels.yml", "salary_min: 75000", "salary_min: 75k")]
    [InlineData("salary-min-above-max", "levels.yml", "salary_min: 75000", "salary_min: 175000")]
    [InlineData("broken-link", "roles/ai-security-engineer.md", @"\z", "\nSee the [architect](/roles/ai-security-archtect).\n")]
    public async Task Each_fault_applied_to_a_copy_of_the_content_makes_validate_exit_1_and_name_the_file(string fault, string file, string pattern, string replacement)
    {
        using var copy = new ContentCopy();
        copy.Edit(file, pattern, replacement);

        var (exit, _, errors) = await ValidateAsync(copy.Directory);

        Assert.Equal(1, exit);
        Assert.Contains($"/{file}:", errors, StringComparison.Ordinal);
        Assert.True(errors.Contains(": error: ", StringComparison.Ordinal), fault);
    }

    [Fact]
    public async Task A_new_guide_naming_an_unknown_background_fails_validation()
    {
        using var copy = new ContentCopy();
        File.WriteAllText(copy.Path("guides/new-guide.md"), "---\ntitle: A new guide\naudience: Everyone\nsummary: A guide for everyone who wants to start.\nbackgrounds: [software-dev]\nreviewed: 2026-11-27\n---\nText.\n");

        var (exit, _, errors) = await ValidateAsync(copy.Directory);

        Assert.Equal(1, exit);
        Assert.Contains("guides/new-guide.md:5:", errors, StringComparison.Ordinal);
        Assert.Contains("error: unknown background 'software-dev'", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_track_with_no_role_at_a_level_fails_validation()
    {
        using var copy = new ContentCopy();
        foreach (var role in RealContent.Catalog.Roles.Where(r => r.Track.Slug == "governance" && r.Level.Slug == "executive"))
        {
            copy.Edit(role.Source.Path, "^level: executive$", "level: advanced");
        }

        var (exit, _, errors) = await ValidateAsync(copy.Directory);

        Assert.Equal(1, exit);
        Assert.Contains("tracks/governance.md:1:1: error: the Governance track has no role at the Executive level", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_track_colour_with_too_little_contrast_fails_validation_with_a_shade_that_passes()
    {
        using var copy = new ContentCopy();
        var track = Directory.EnumerateFiles(copy.Path("tracks"), "*.md").First(f => !f.EndsWith("_index.md", StringComparison.Ordinal));
        YamlEdits.EditFrontMatter(track, front => front.Children[new YamlDotNet.RepresentationModel.YamlScalarNode("color")] = new YamlDotNet.RepresentationModel.YamlScalarNode("#9ca3af"));

        var (exit, _, errors) = await ValidateAsync(copy.Directory);

        Assert.Equal(1, exit);
        Assert.Matches($@"/tracks/{Path.GetFileName(track)}:\d+:\d+: error: color '#9ca3af' has a contrast of 2\.\d:1 against the page background; track colours draw borders and bars, which need 3:1 \u2014 try '#[0-9a-f]{{6}}'", errors);
    }

    [Fact]
    public async Task An_empty_file_and_a_file_that_is_not_utf8_fail_validation()
    {
        using var copy = new ContentCopy();
        File.WriteAllText(copy.Path("guides/empty.md"), string.Empty);
        File.WriteAllBytes(copy.Path("guides/latin1.md"), [0x2D, 0x2D, 0x2D, 0x0A, 0x74, 0x3A, 0x20, 0xE9, 0x0A]);

        var (exit, _, errors) = await ValidateAsync(copy.Directory);

        Assert.Equal(1, exit);
        Assert.Contains("guides/empty.md:1:1: error: the file is empty", errors, StringComparison.Ordinal);
        Assert.Contains("guides/latin1.md: error: the file is not UTF-8 text", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stale_entries_are_warnings_that_fail_only_with_strict()
    {
        using var copy = new ContentCopy();
        copy.Edit("roles/ai-security-analyst.md", "^reviewed: .*$", "reviewed: 2024-01-15");

        var (exit, output, errors) = await ValidateAsync(copy.Directory, "--stale-after", "365");
        var (strictExit, _, _) = await ValidateAsync(copy.Directory, "--stale-after", "365", "--strict");

        Assert.Equal(0, exit);
        var stale = Assert.Single(errors.Split('\n'), line => line.Contains("was last reviewed", StringComparison.Ordinal));
        Assert.Contains("roles/ai-security-analyst.md:", stale, StringComparison.Ordinal);
        Assert.Contains("warning: 'AI Security Analyst' was last reviewed on 2024-01-15, more than 365 days ago", stale, StringComparison.Ordinal);
        Assert.Matches(@"; \d+ warning\(s\)\.$", output.Split('\n').Single(l => l.StartsWith("Content is valid", StringComparison.Ordinal)).Trim());
        Assert.Equal(1, strictExit);
    }

    [Fact]
    public async Task A_certification_still_retiring_after_its_date_is_a_warning_that_fails_only_with_strict()
    {
        var certification = RealContent.Catalog.Certifications.First(c => c.Lifecycle.IsRecommendable);
        var passed = Today.AddDays(-1);
        using var copy = new ContentCopy();
        copy.Edit("certifications.yml", $@"(^  - slug: {certification.Slug}\n(?:    .*\n)*?    url: .*\n)", $"$1    status: retiring\n    retires: {passed:yyyy-MM-dd}\n");

        var (exit, _, errors) = await ValidateAsync(copy.Directory);
        var (strictExit, _, _) = await ValidateAsync(copy.Directory, "--strict");

        Assert.Equal(0, exit);
        var warning = Assert.Single(errors.Split('\n'), line => line.Contains("was due to retire", StringComparison.Ordinal));
        Assert.Contains("certifications.yml:", warning, StringComparison.Ordinal);
        Assert.Contains($"warning: '{certification.Name}' was due to retire on {passed:yyyy-MM-dd}", warning, StringComparison.Ordinal);
        Assert.Equal(1, strictExit);
    }

    [Fact]
    public async Task A_certification_marked_retired_while_roles_still_list_it_fails_validation()
    {
        var certification = RealContent.Catalog.Certifications.First(c => c.Lifecycle.IsRecommendable && c.Roles.Count > 0);
        using var copy = new ContentCopy();
        copy.Replace("certifications.yml", $"    url: {certification.Url}\n", $"    url: {certification.Url}\n    status: retired\n");

        var (exit, _, errors) = await ValidateAsync(copy.Directory);

        Assert.Equal(1, exit);
        Assert.Matches($@"/certifications\.yml:\d+:\d+: error: '{System.Text.RegularExpressions.Regex.Escape(certification.Name)}' is retired but still lists roles", errors);
    }

    [Fact]
    public async Task A_certification_named_in_a_guide_without_a_link_is_a_warning_that_fails_only_with_strict()
    {
        var certification = RealContent.Catalog.Certifications.First(c => c.Lifecycle.IsRecommendable);
        var guide = RealContent.Catalog.Guides[0];
        using var copy = new ContentCopy();
        File.AppendAllText(copy.Path(guide.Source.Path), $"\nSome employers ask for the {certification.Name}.\n");

        var (exit, _, errors) = await ValidateAsync(copy.Directory);
        var (strictExit, _, _) = await ValidateAsync(copy.Directory, "--strict");

        Assert.Equal(0, exit);
        Assert.Contains($"/{guide.Source.Path}:", errors, StringComparison.Ordinal);
        Assert.Contains($"warning: [links:certification] '{certification.Name}' is named here but never linked", errors, StringComparison.Ordinal);
        Assert.Equal(1, strictExit);
    }

    private static Task<(int Exit, string Output, string Errors)> ValidateAsync(string directory, params string[] extra) =>
        Cli.RunAsync(Today, ["validate", "--content", directory, .. extra]);
}
