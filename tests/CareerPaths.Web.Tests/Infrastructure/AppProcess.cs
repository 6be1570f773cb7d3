using System.Diagnostics;
using System.Net;
using System.Text;
using CareerPaths.Testing;
using CareerPaths.Web.Hosting;

namespace CareerPaths.Web.Tests.Infrastructure;

/// <summary>
/// CareerPaths.Web in its own process, started with `dotnet` as a user runs it, from the
/// repository root. A command that should end but does not is killed and fails the test
/// instead of hanging the run. Its JIT profile is off unless a test names a folder for it, so the
/// tests leave nothing in the user's home.
/// </summary>
public sealed class AppProcess : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _errors = new();

    private AppProcess(Process process) => _process = process;

    public string Output => Read(_output);

    public string Errors => Read(_errors);

    public bool HasExited => _process.HasExited;

    public static AppProcess Start(IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryPaths.Root,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "CareerPaths.Web.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment[StartupJitProfile.FolderVariable] = "off";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var app = new AppProcess(new Process { StartInfo = start });
        app._process.OutputDataReceived += (_, e) => Append(app._output, e.Data);
        app._process.ErrorDataReceived += (_, e) => Append(app._errors, e.Data);
        app._process.Start();
        app._process.BeginOutputReadLine();
        app._process.BeginErrorReadLine();
        return app;
    }

    /// <summary>Waits until a serving app answers /healthz with 200; fails the test if it exits or takes a minute.</summary>
    public async Task WaitUntilServingAsync(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        var deadline = DateTime.UtcNow.Add(Patience);
        while (DateTime.UtcNow < deadline && !HasExited)
        {
            try
            {
                using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        Assert.Fail($"the site did not answer /healthz (exited: {HasExited})\n{Output}\n{Errors}");
    }

    /// <summary>Runs a command to its end and returns its exit code and what it printed.</summary>
    public static async Task<(int Exit, string Output, string Errors)> RunAsync(IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        using var app = Start(environment, arguments);
        var exit = await app.WaitForExitAsync();
        return (exit, app.Output, app.Errors);
    }

    public static Task<(int Exit, string Output, string Errors)> RunAsync(params string[] arguments) => RunAsync(null, arguments);

    public async Task<int> WaitForExitAsync()
    {
        using var timeout = new CancellationTokenSource(Patience);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"the command did not end within {Patience.TotalSeconds} s\n{Output}\n{Errors}");
        }

        // The asynchronous readers may still hold the last lines; this overload waits for them.
        _process.WaitForExit();
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private static string Read(StringBuilder text)
    {
        lock (text)
        {
            return text.ToString();
        }
    }

    private static void Append(StringBuilder text, string? line)
    {
        if (line is not null)
        {
            lock (text)
            {
                text.AppendLine(line);
            }
        }
    }
}
