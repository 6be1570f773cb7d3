using System.Net;
using CareerPaths.Testing;
using CareerPaths.Web.Hosting;
using CareerPaths.Web.Tests.Infrastructure;

namespace CareerPaths.Web.Tests.Commands;

/// <summary>
/// The multi-core JIT profile each command records for its next start: written where it is told,
/// one per command, and never a reason for a command to fail or to say anything else.
/// </summary>
public sealed class StartupJitProfileTests
{
    [Theory]
    [InlineData(new string[0], "serve")]
    [InlineData(new[] { "--content", "content" }, "serve")]
    [InlineData(new[] { "serve", "--urls", "http://127.0.0.1:5000" }, "serve")]
    [InlineData(new[] { "validate", "--strict" }, "validate")]
    [InlineData(new[] { "export", "out" }, "export")]
    public void Each_command_has_its_own_profile(string[] args, string expected) =>
        Assert.Equal(expected, StartupJitProfile.ProfileName(args));

    [Fact]
    public void The_folder_is_the_variable_s_or_off_or_the_user_s_application_data()
    {
        Assert.Null(StartupJitProfile.FolderFor("off"));
        Assert.Null(StartupJitProfile.FolderFor("OFF"));
        Assert.Equal("/srv/careerpaths/jit", StartupJitProfile.FolderFor("/srv/careerpaths/jit"));
        var home = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        Assert.Equal(Path.Combine(home, "CareerPaths", "jit-profiles"), StartupJitProfile.FolderFor(null));
        Assert.Equal(Path.Combine(home, "CareerPaths", "jit-profiles"), StartupJitProfile.FolderFor(" "));
    }

    [Fact]
    public Task Validate_records_its_profile_and_runs_the_same_with_it() => WithProfileFolderAsync(async (folder, environment) =>
    {
        var first = await AppProcess.RunAsync(environment, "validate");
        var profile = new FileInfo(Path.Combine(folder.FullName, "validate.jitprofile"));
        Assert.True(profile.Exists, $"no profile in {folder.FullName}: {string.Join(", ", folder.GetFiles().Select(f => f.Name))}");
        Assert.True(profile.Length > 0);

        var second = await AppProcess.RunAsync(environment, "validate");

        Assert.Equal(0, first.Exit);
        Assert.Equal((first.Exit, first.Output, first.Errors), second);
        Assert.False(File.Exists(Path.Combine(folder.FullName, "serve.jitprofile")));
    });

    [Fact]
    public Task Serve_writes_its_profile_once_it_has_sent_its_first_page_not_at_exit() => WithProfileFolderAsync(async (folder, environment) =>
    {
        var profile = new FileInfo(Path.Combine(folder.FullName, "serve.jitprofile"));
        var address = $"http://127.0.0.1:{LoopbackPort.Free()}";
        using var app = AppProcess.Start(environment, "--urls", address, "--content", RepositoryPaths.Content);
        using var client = new HttpClient { BaseAddress = new Uri(address) };

        // Answered /healthz, which is not a page: still recording.
        await app.WaitUntilServingAsync(client);
        await Task.Delay(500);
        profile.Refresh();
        Assert.False(profile.Exists, "the profile was written before any page was sent");

        using var page = await client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!profile.Exists && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            profile.Refresh();
        }

        Assert.False(app.HasExited, app.Errors);
        Assert.True(profile.Exists, $"no profile in {folder.FullName} after the first page: {string.Join(", ", folder.GetFiles().Select(f => f.Name))}");
        Assert.True(profile.Length > 0);
    });

    [Fact]
    public Task A_second_copy_of_a_command_runs_without_recording_while_the_first_holds_the_profile() => WithProfileFolderAsync(async (folder, environment) =>
    {
        // This test process stands in for a copy of validate that is still running.
        (int Exit, string Output, string Errors) second;
        using (new FileStream(Path.Combine(folder.FullName, "validate.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            second = await AppProcess.RunAsync(environment, "validate");
        }

        Assert.Equal(0, second.Exit);
        Assert.False(File.Exists(Path.Combine(folder.FullName, "validate.jitprofile")), "the second copy wrote the profile the first one holds");
        Assert.Equal(await AppProcess.RunAsync("validate"), second);
    });

    [Fact]
    public async Task A_folder_that_cannot_be_made_changes_nothing_a_command_does()
    {
        var blocker = Path.GetTempFileName();
        try
        {
            // A folder inside a file can never be created.
            var environment = new Dictionary<string, string> { [StartupJitProfile.FolderVariable] = Path.Combine(blocker, "jit") };

            var withProfile = await AppProcess.RunAsync(environment, "validate");
            var without = await AppProcess.RunAsync("validate");

            Assert.Equal(0, withProfile.Exit);
            Assert.Equal(without, withProfile);
        }
        finally
        {
            File.Delete(blocker);
        }
    }

    /// <summary>Runs a test with a fresh profile folder, named to the app by its variable, and removes it after.</summary>
    private static async Task WithProfileFolderAsync(Func<DirectoryInfo, IReadOnlyDictionary<string, string>, Task> test)
    {
        var folder = Directory.CreateTempSubdirectory("careerpaths-jit-");
        try
        {
            await test(folder, new Dictionary<string, string> { [StartupJitProfile.FolderVariable] = folder.FullName });
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
