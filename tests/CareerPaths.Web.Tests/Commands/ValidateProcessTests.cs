using CareerPaths.Web.Tests.Infrastructure;

namespace CareerPaths.Web.Tests.Commands;

/// <summary>`validate` as an editor runs it, in its own process: the exit code and what is printed, never a stack trace.</summary>
public sealed class ValidateProcessTests
{
    [Fact]
    public async Task A_parser_crashing_edit_in_two_files_prints_both_errors_and_exits_1_without_a_stack_trace()
    {
        using var copy = new ContentCopy();
        var analyst = await File.ReadAllTextAsync(copy.Path("roles/ai-security-analyst.md"));
        var titleLine = Array.FindIndex(analyst.Split('\n'), l => l.StartsWith("title: ", StringComparison.Ordinal)) + 1;
        copy.Replace("roles/ai-security-analyst.md", "title: AI Security Analyst", "title: [unclosed");
        copy.Replace("levels.yml", "levels:", "levels:\n\t");

        var (exit, output, errors) = await AppProcess.RunAsync("validate", "--content", copy.Directory);

        Assert.Equal(1, exit);
        Assert.Contains($"roles/ai-security-analyst.md:{titleLine}:8: error: this is not valid YAML", errors, StringComparison.Ordinal);
        Assert.Contains("levels.yml:", errors, StringComparison.Ordinal);
        Assert.Contains("a tab is used for indentation", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", errors + output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", errors + output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_real_content_validates_and_exits_0()
    {
        var (exit, output, errors) = await AppProcess.RunAsync("validate");

        Assert.Equal(0, exit);
        Assert.StartsWith("Content is valid: ", output, StringComparison.Ordinal);
        Assert.DoesNotContain(": error: ", errors, StringComparison.Ordinal);
    }
}
