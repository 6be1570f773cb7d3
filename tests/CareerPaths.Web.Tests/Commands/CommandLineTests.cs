using CareerPaths.Web.Commands;
using CareerPaths.Web.Tests.Infrastructure;

namespace CareerPaths.Web.Tests.Commands;

/// <summary>
/// The command line as a user meets it: help that explains every option, and a clear error with
/// exit code 2 for a mistake on the command line, before any content is read or written.
/// </summary>
public sealed class CommandLineTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);

    [Fact]
    public async Task Validate_help_describes_every_option_and_exits_0()
    {
        var (exit, output, _) = await Cli.RunAsync(Today, "validate", "--help");

        Assert.Equal(0, exit);
        Assert.Matches(@"(?m)^\s+--content <DIR>\s+The content folder\b", output);
        Assert.Matches(@"(?m)^\s+--stale-after <DAYS>\s+Also warn about\b", output);
        Assert.Matches(@"(?m)^\s+--strict\s+Fail on warnings too\b", output);
    }

    [Fact]
    public async Task Export_help_describes_the_folder_and_every_option()
    {
        var (exit, output, _) = await Cli.RunAsync(Today, "export", "--help");

        Assert.Equal(0, exit);
        Assert.Matches(@"(?m)^\s+<OUTDIR>\s+The folder to write\b", output);
        Assert.Matches(@"(?m)^\s+--base-url <URL>\s+The public address\b", output);
        Assert.Matches(@"(?m)^\s+--content <DIR>\s+The content folder\b", output);
    }

    [Fact]
    public async Task Help_lists_the_three_commands_and_the_settings_passed_to_the_web_server()
    {
        var (exit, output, _) = await Cli.RunAsync(Today, "--help");

        Assert.Equal(0, exit);
        Assert.Matches(@"(?m)^\s+serve\b.*\s{2,}Serve the site\.", output);
        Assert.Matches(@"(?m)^\s+validate\s{2,}Check the content", output);
        Assert.Matches(@"(?m)^\s+export <OUTDIR>\s{2,}Write the whole site as static files", output);
        Assert.Matches(@"(?m)^\s+<settings>\s+Settings for the web server\b", output);
    }

    [Fact]
    public async Task An_unknown_option_exits_2_naming_it_without_checking_the_content()
    {
        var (exit, output, errors) = await Cli.RunAsync(Today, "validate", "--bogus");

        Assert.Equal(2, exit);
        Assert.Contains("Unrecognized command or argument '--bogus'", errors, StringComparison.Ordinal);
        Assert.Contains("validate --help", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("Content is valid", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mistyped_option_suggests_the_one_meant()
    {
        var (exit, output, errors) = await Cli.RunAsync(Today, "validate", "--strct");

        Assert.Equal(2, exit);
        Assert.Contains("'--strct'", errors, StringComparison.Ordinal);
        Assert.Matches(@"Did you mean one of the following\?\s+--strict", output);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-5")]
    [InlineData("1.5")]
    public async Task Stale_after_that_is_not_a_whole_number_of_days_exits_2_and_says_what_to_type(string days)
    {
        var (exit, output, errors) = await Cli.RunAsync(Today, "validate", "--stale-after", days);

        Assert.Equal(2, exit);
        Assert.Contains($"--stale-after takes a whole number of days, such as 365 (found '{days}')", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("Content is valid", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_without_a_folder_exits_2_naming_what_is_missing()
    {
        var (exit, _, errors) = await Cli.RunAsync(Today, "export");

        Assert.Equal(2, exit);
        Assert.Contains("Required argument 'OUTDIR' missing for command: 'export'", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_with_a_base_url_that_is_not_an_address_exits_2_before_writing_anything()
    {
        var folder = Path.Combine(Path.GetTempPath(), "careerpaths-export-" + Guid.NewGuid().ToString("N"));

        var (exit, _, errors) = await Cli.RunAsync(Today, "export", folder, "--base-url", "careers.example.org");

        Assert.Equal(2, exit);
        Assert.Contains("--base-url takes the site's full public address, such as https://careers.example.org (found 'careers.example.org')", errors, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public void Export_without_a_public_address_previews_at_localhost_and_warns_that_it_is_not_for_publishing()
    {
        var (address, problem, warning) = ExportCommand.PublicAddressFor(null);

        Assert.Null(problem);
        Assert.Equal(new Uri("http://localhost"), address);
        Assert.Contains("no --base-url, so canonical links, Open Graph tags and the sitemap point at http://localhost", warning, StringComparison.Ordinal);
        Assert.Contains("--base-url https://careers.example.org", warning, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5000")]
    [InlineData("http://localhost:8080/careers")]
    [InlineData("http://[::1]/")]
    public void Export_at_a_loopback_address_is_a_preview_and_says_so(string baseUrl)
    {
        var (address, problem, warning) = ExportCommand.PublicAddressFor(baseUrl);

        Assert.Null(problem);
        Assert.Equal(new Uri(baseUrl), address);
        Assert.Contains($"--base-url {baseUrl} is on this machine", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_at_a_public_address_has_no_warning()
    {
        Assert.Equal((new Uri(SiteFactory.BaseUrl), (string?)null, (string?)null), ExportCommand.PublicAddressFor(SiteFactory.BaseUrl));
    }
}
