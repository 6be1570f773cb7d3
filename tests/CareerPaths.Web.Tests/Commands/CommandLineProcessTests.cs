using System.Net;
using System.Net.Sockets;
using CareerPaths.Testing;
using CareerPaths.Web.Tests.Infrastructure;

namespace CareerPaths.Web.Tests.Commands;

/// <summary>
/// The program as an operator runs it, in its own process: help and usage errors end at once
/// without starting the web server, and serve hands its settings to ASP.NET Core.
/// </summary>
public sealed class CommandLineProcessTests
{
    [Fact]
    public async Task Help_prints_the_usage_and_exits_0_without_starting_the_web_server()
    {
        var (exit, output, errors) = await AppProcess.RunAsync("--help");

        Assert.Equal(0, exit);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^\s+validate\s{2,}Check the content", output);
        Assert.DoesNotContain("Now listening", output + errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mistyped_command_exits_2_without_starting_the_web_server()
    {
        var (exit, output, errors) = await AppProcess.RunAsync("valdate");

        Assert.Equal(2, exit);
        Assert.Contains("Unrecognized command or argument 'valdate'", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening", output + errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_passes_urls_and_site_settings_to_the_web_server()
    {
        var address = $"http://127.0.0.1:{LoopbackPort.Free()}";
        using var app = AppProcess.Start(
            null, "--urls", address, "--Site:BaseUrl=https://careers.example.org", "--content", RepositoryPaths.Content);
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(address) };

        await app.WaitUntilServingAsync(client);
        var page = await client.GetHtmlDocumentAsync("/");

        Assert.Equal("https://careers.example.org/", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task The_content_folder_comes_from_Content__Path_unless_content_is_given()
    {
        var missing = Path.Combine(Path.GetTempPath(), "careerpaths-missing-" + Guid.NewGuid().ToString("N"));
        var environment = new Dictionary<string, string> { ["Content__Path"] = missing };

        var (fromEnvironment, _, errors) = await AppProcess.RunAsync(environment, "validate");
        var (fromOption, output, _) = await AppProcess.RunAsync(environment, "validate", "--content", RepositoryPaths.Content);

        Assert.Equal(1, fromEnvironment);
        Assert.Contains($"the content folder '{missing}' does not exist", errors, StringComparison.Ordinal);
        Assert.Equal(0, fromOption);
        Assert.StartsWith("Content is valid: ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_with_a_content_folder_that_does_not_exist_exits_1_with_the_error_and_never_listens()
    {
        // The serve command starts loading the content before the host is built; its errors must
        // still stop the app before it listens.
        var missing = Path.Combine(Path.GetTempPath(), "careerpaths-missing-" + Guid.NewGuid().ToString("N"));
        var port = LoopbackPort.Free();

        var (exitCode, _, errors) = await AppProcess.RunAsync("serve", "--content", missing, "--urls", $"http://127.0.0.1:{port}");

        Assert.Equal(1, exitCode);
        Assert.Contains($"the content folder '{missing}' does not exist", errors, StringComparison.Ordinal);
        using var client = new TcpClient();
        await Assert.ThrowsAnyAsync<SocketException>(() => client.ConnectAsync(IPAddress.Loopback, port));
    }

    [Theory]
    [InlineData("--Caching:MaxAgeSeconds=soon", "'soon' at 'Caching:MaxAgeSeconds'")]
    [InlineData("--Content:Watch=maybe", "'maybe' at 'Content:Watch'")]
    [InlineData("--Caching:SharedMaxAgeSeconds=99999999999", "'99999999999' at 'Caching:SharedMaxAgeSeconds'")]
    public async Task Serve_with_a_setting_that_is_not_of_its_type_exits_2_naming_it_without_a_stack_trace(string setting, string named)
    {
        var port = LoopbackPort.Free();

        var (exitCode, _, errors) = await AppProcess.RunAsync(
            "serve", "--content", RepositoryPaths.Content, "--urls", $"http://127.0.0.1:{port}", setting);

        Assert.Equal(2, exitCode);
        Assert.Contains(named, errors, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_on_an_address_already_in_use_exits_3_naming_it_without_a_stack_trace()
    {
        using var occupant = new TcpListener(IPAddress.Loopback, 0);
        occupant.Start();
        var address = $"http://127.0.0.1:{((IPEndPoint)occupant.LocalEndpoint).Port}";

        var (exitCode, _, errors) = await AppProcess.RunAsync("serve", "--content", RepositoryPaths.Content, "--urls", address);

        Assert.Equal(3, exitCode);
        Assert.Contains($"Failed to bind to address {address}: address already in use", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", errors, StringComparison.Ordinal);
    }
}
