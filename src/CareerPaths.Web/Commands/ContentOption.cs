using System.CommandLine;
using CareerPaths.Web.LiveContent;

namespace CareerPaths.Web.Commands;

/// <summary>
/// `--content DIR`, one option for every command so it means the same everywhere: it sets the
/// configuration key Content:Path and wins over the Content__Path environment variable.
/// </summary>
internal static class ContentOption
{
    public static Option<string?> Create() => new("--content")
    {
        Description = "The content folder to use instead of content/ at the root of the repository. " +
            "It overrides the Content__Path environment variable.",
        HelpName = "DIR",

        // Defined once on the root command, so every command takes it and means the same by it.
        Recursive = true,
    };

    /// <summary>
    /// The folder as a web host setting. The host reads the command line after the environment and
    /// a later setting of a key wins, so this goes after any other argument.
    /// </summary>
    public static IEnumerable<string> HostSettings(string? folder) =>
        folder is null ? [] : [$"--{ContentLocator.ConfigKey}={folder}"];

    /// <summary>The folder a command without a web host reads: the same sources, in the same order, as the site.</summary>
    public static string ResolveDirectory(string? folder)
    {
        var configuration = new ConfigurationBuilder()
            .AddEnvironmentVariables()
            .AddCommandLine([.. HostSettings(folder)])
            .Build();
        return ContentLocator.Resolve(configuration[ContentLocator.ConfigKey]);
    }
}
