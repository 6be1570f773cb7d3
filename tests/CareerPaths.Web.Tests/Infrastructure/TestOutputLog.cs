using System.Globalization;
using Serilog.Core;
using Serilog.Events;
using Xunit.Abstractions;

namespace CareerPaths.Web.Tests.Infrastructure;

/// <summary>
/// The in-memory site's log, written to the output of the test that is running, so a failing
/// test shows what the server said while it ran. Tests sharing one site run one at a time (one
/// xunit collection), so each test attaches its own output in its constructor. With no test
/// attached, warnings and errors still reach the console, as the site's own console sink would.
/// </summary>
public sealed class TestOutputLog : ILogEventSink
{
    private ITestOutputHelper? _output;

    public void Attach(ITestOutputHelper output) => _output = output;

    public void Emit(LogEvent logEvent)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        var line = Format(logEvent);
        var output = _output;
        if (output is not null && TryWrite(output, line))
        {
            return;
        }

        if (logEvent.Level >= LogEventLevel.Warning)
        {
            Console.Error.WriteLine(line);
        }
    }

    private static string Format(LogEvent logEvent)
    {
        var line = $"[{logEvent.Timestamp:HH:mm:ss.fff} {logEvent.Level}] {logEvent.RenderMessage(CultureInfo.InvariantCulture)}";
        return logEvent.Exception is null ? line : $"{line}{Environment.NewLine}{logEvent.Exception}";
    }

    // A request can still be logging after its test has ended; xunit then refuses the write.
    private static bool TryWrite(ITestOutputHelper output, string line)
    {
        try
        {
            output.WriteLine(line);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}

public static class TestOutputLogExtensions
{
    /// <summary>Sends the site's log to this test's output, and returns the site for a field initializer.</summary>
    public static TFactory LoggingTo<TFactory>(this TFactory factory, ITestOutputHelper output)
        where TFactory : ConfiguredSiteFactory
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(output);
        factory.Log.Attach(output);
        return factory;
    }
}
