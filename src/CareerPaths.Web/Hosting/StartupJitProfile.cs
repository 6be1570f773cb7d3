using System.Reflection;
using System.Runtime;

namespace CareerPaths.Web.Hosting;

/// <summary>
/// Multi-core JIT (<see cref="ProfileOptimization"/>) for each command: a run records which
/// methods the JIT had to compile (ReadyToRun cannot hold the framework's generics over the
/// site's types, about 1,500 methods before the first page), and the next run of the same command
/// compiles them on a second core before the main thread asks for them. validate and export record
/// their whole run; serve records until it has sent its first page (<see cref="RecordUntilFirstPage"/>).
/// The profile goes to a folder of the user's (CAREERPATHS_JIT_PROFILE_DIR, else
/// ~/.local/share/CareerPaths/jit-profiles); a profile of another build is ignored module by
/// module by the runtime. Nothing here can stop a start: without a writable folder the process
/// simply runs without a profile, as the first run does.
/// </summary>
internal static class StartupJitProfile
{
    /// <summary>Overrides the folder; "off" turns profiles off (for a container whose profile is baked into the image, name its folder).</summary>
    public const string FolderVariable = "CAREERPATHS_JIT_PROFILE_DIR";

    /// <summary>
    /// The lock file, held open with no sharing while this process records: the runtime writes the
    /// profile without a lock of its own, so only the one process of a command that holds this file
    /// records. Another copy of the same command, started meanwhile, runs without a profile. Null
    /// when this process does not record, or no longer does.
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
            var lockFile = new FileStream(Path.Combine(folder, name + ".lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            ProfileOptimization.SetProfileRoot(folder);
            ProfileOptimization.StartProfile(name + ".jitprofile");
            Volatile.Write(ref _recording, lockFile);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            // Read-only home, a folder name the system refuses, another copy of the command
            // recording: start without a profile, as the first run does.
        }
    }

    /// <summary>
    /// serve's first step in its pipeline: once the first page (a 200 with HTML) has been sent, the
    /// profile is written and recording stops. Left to run, the profile would also hold whatever else
    /// the server compiled while the runtime kept recording (other pages; the shut-down, if it
    /// stopped soon), and the next start would compile all of that on the second core while it
    /// needs that core to start. A health check or an asset before the first page does not end it.
    /// Costs one read of a field per request after that.
    /// </summary>
    public static RequestDelegate RecordUntilFirstPage(RequestDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        return context => Volatile.Read(ref _recording) is null ? next(context) : StopAfterFirstPageAsync(next, context);
    }

    private static async Task StopAfterFirstPageAsync(RequestDelegate next, HttpContext context)
    {
        await next(context);
        if (context.Response.StatusCode == StatusCodes.Status200OK
            && context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true)
        {
            // Once the page has gone, so that writing the profile never delays it.
            context.Response.OnCompleted(() =>
            {
                StopRecording();
                return Task.CompletedTask;
            });
        }
    }

    /// <summary>Writes the profile now and records nothing more; the runtime then has nothing left to write at exit.</summary>
    private static void StopRecording()
    {
        if (Interlocked.Exchange(ref _recording, null) is { } lockFile)
        {
            // A null name stops the recording in progress, which writes what it has, and starts no other.
            ProfileOptimization.StartProfile(null);
            lockFile.Dispose();
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
