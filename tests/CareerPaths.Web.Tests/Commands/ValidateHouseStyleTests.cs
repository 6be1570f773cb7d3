using CareerPaths.Web.Tests.Infrastructure;

namespace CareerPaths.Web.Tests.Commands;

/// <summary>House style in `validate`: a slip is a warning that names its rule, and only --strict fails on it.</summary>
public sealed class ValidateHouseStyleTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);

    [Theory]
    [InlineData("roles/ai-security-analyst.md", "^summary: .*$", "summary: Watches AI systems.", ": warning: [style:summary-length] the summary of 'AI Security Analyst' has 19 characters")]
    [InlineData("roles/ai-security-analyst.md", @"(?<=\n---\n)(?s:.*)\z", "One paragraph only.\n", ":1:1: warning: [style:role-paragraphs] the narrative of 'AI Security Analyst' has 1 paragraph(s)")]
    [InlineData("progression.md", "^description: .*$", "description: Levels.", ": warning: [style:description-length] the description of")]
    public async Task A_house_style_slip_is_a_warning_that_fails_only_with_strict(string file, string pattern, string replacement, string warning)
    {
        using var copy = new ContentCopy();
        copy.Edit(file, pattern, replacement);

        var (exit, output, errors) = await ValidateAsync(copy.Directory);
        var (strictExit, _, _) = await ValidateAsync(copy.Directory, "--strict");

        Assert.Equal(0, exit);
        Assert.StartsWith("Content is valid: ", output, StringComparison.Ordinal);
        Assert.Contains($"/{file}", errors, StringComparison.Ordinal);
        Assert.Contains(warning, errors, StringComparison.Ordinal);
        Assert.Equal(1, strictExit);
    }

    [Fact]
    public async Task Strict_given_before_the_content_folder_still_checks_that_folder()
    {
        using var copy = new ContentCopy();
        copy.Edit("progression.md", "^description: .*$", "description: Levels.");

        var (exit, _, errors) = await Cli.RunAsync(Today, ["validate", "--strict", "--content", copy.Directory]);

        Assert.Equal(1, exit);
        Assert.Contains("[style:description-length]", errors, StringComparison.Ordinal);
    }

    private static Task<(int Exit, string Output, string Errors)> ValidateAsync(string directory, params string[] extra) =>
        Cli.RunAsync(Today, ["validate", "--content", directory, .. extra]);
}
