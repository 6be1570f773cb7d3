using System.Reflection;
using System.Runtime;

namespace CareerPaths.Web.Hosting;

/// <summary>
/// Multi-core JIT (<see cref="ProfileOptimization"/>) for each command: a run records which
/// methods the JIT had to compile (ReadyToRun cannot hold the framework's generics over the
/// site's types, about 2,000 methods before the first page), and the next run of the same command
/// compiles them on a second core before the main thread asks for them. The profile is written
/// when the process exits, to a folder of the user's (CAREERPATHS_JIT_PROFILE_DIR, else
/// ~/.local/share/CareerPaths/jit-profiles); a profile of another build is ignored module by
/// module by the runtime. Nothing here can stop a start: without a writable folder the process
/// simply runs without a profile, as the first run does.
/// </summary>
internal static class StartupJitProfile
{
    /// <summary>Overrides the folder; "off" turns profiles off (for a container whose profile is baked into the image, name its folder).</summary>
    public const string FolderVariable = "CAREERPATHS_JIT_PROFILE_DIR";

    /// <summary>
    /// Held open with no sharing for the life of the process: the runtime writes the profile at exit
    /// without a lock of its own, so only the one process of a command that holds this file records.
    /// Another copy of the same command, started meanwhile, runs without a profile.
    /// </summary>
    private static FileStream? _recording;

    /// <summary>Starts playing back and recording the profile of the command in <paramref name="args"/>; the process's first step.</summary>
    public static void Start(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);

        // A test host runs Main too (WebApplicationFactory); its JIT belongs to the tests, not to a command.
        if (Assembly.GetEntryAssembly() != typeof(StartupJitProfile).Assembly || FolderFor(Environment.GetEnvironmentVariable(FolderVariable)) is not { } folder)
        {
            return;
        }

        var name = ProfileName(args);
        try
        {
            Directory.CreateDirectory(folder);
            _recording = new FileStream(Path.Combine(folder, name + ".lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            ProfileOptimization.SetProfileRoot(folder);
            ProfileOptimization.StartProfile(name + ".jitprofile");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            // Read-only home, a folder name the system refuses, another copy of the command
            // recording: start without a profile, as the first run does.
        }
    }

    /// <summary>The folder profiles live in: the variable's, else the user's application data; null when off or there is none.</summary>
    internal static string? FolderFor(string? configured)
    {
        if (string.Equals(configured, "off", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        var data = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        return data.Length == 0 ? null : Path.Combine(data, "CareerPaths", "jit-profiles");
    }

    /// <summary>One profile per command, as each compiles different code: serve (also when no command is named), validate, export.</summary>
    internal static string ProfileName(string[] args) => args switch
    {
        ["validate", ..] => "validate",
        ["export", ..] => "export",
        _ => "serve",
    };
}
