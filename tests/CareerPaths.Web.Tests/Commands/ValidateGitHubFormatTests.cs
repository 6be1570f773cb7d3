using CareerPaths.Testing;
using CareerPaths.Web.Tests.Infrastructure;

namespace CareerPaths.Web.Tests.Commands;

/// <summary>
/// `validate --format github` prints each problem as a GitHub Actions workflow command, which the
/// pull-request workflow turns into an annotation on the editor's changed line.
/// </summary>
public sealed class ValidateGitHubFormatTests
{
    [Fact]
    public async Task An_error_becomes_an_error_annotation_with_file_line_and_column()
    {
        using var content = new ContentCopy();
        content.Edit("roles/ai-security-engineer.md", "^track: .*$", "track: technicl");
        var lines = await File.ReadAllLinesAsync(content.Path("roles/ai-security-engineer.md"));
        var trackLine = Array.FindIndex(lines, l => l.StartsWith("track:", StringComparison.Ordinal));

        var (exit, output, _) = await Cli.RunAsync(DateOnly.FromDateTime(DateTime.UtcNow), ["validate", "--content", content.Directory, "--format", "github"]);

        Assert.Equal(1, exit);
        var annotation = Assert.Single(output.Split('\n'), l => l.StartsWith("::error ", StringComparison.Ordinal) && l.Contains("technicl", StringComparison.Ordinal));
        Assert.Matches($@"^::error file=[^,]*roles/ai-security-engineer\.md,line={trackLine + 1},col=\d+::.*technicl", annotation.TrimEnd('\r'));
    }

    [Fact]
    public async Task A_warning_becomes_a_warning_annotation()
    {
        var (exit, output, _) = await Cli.RunAsync(
            DateOnly.FromDateTime(DateTime.UtcNow).AddYears(5),
            ["validate", "--content", RepositoryPaths.Content, "--stale-after", "1", "--format", "github"]);

        Assert.Equal(0, exit);
        Assert.Contains(output.Split('\n'), l => l.StartsWith("::warning file=", StringComparison.Ordinal) && l.Contains("content/roles/", StringComparison.Ordinal) && l.Contains(",line=", StringComparison.Ordinal));
        Assert.DoesNotContain("::error", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_format_is_a_usage_error()
    {
        var (exit, _, errors) = await Cli.RunAsync(DateOnly.FromDateTime(DateTime.UtcNow), ["validate", "--format", "xml"]);

        Assert.Equal(2, exit);
        Assert.Contains("--format takes text or github", errors, StringComparison.Ordinal);
    }
}
