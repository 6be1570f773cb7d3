using System.CommandLine;
using System.CommandLine.Invocation;

namespace CareerPaths.Web.Commands;

/// <summary>
/// The command line: serve (the default), validate and export, with --help on each, errors for
/// unknown options and typo suggestions. Tests call <see cref="InvokeAsync"/> with the arguments a
/// user types, so they go through the same parser.
/// </summary>
internal static class CareerPathsCli
{
    private const string Description =
        "CareerPaths: serve the site (what runs when no command is given), check the content, or export the site as static files.";

    public static RootCommand Create(DateOnly today)
    {
        var content = ContentOption.Create();
        var root = new RootCommand(Description) { content };
        ServeCommand.ServeWith(root, content);
        root.Add(ServeCommand.Create(content));
        root.Add(ValidateCommand.Create(content, today));
        root.Add(ExportCommand.Create(content));
        return root;
    }

    public static async Task<int> InvokeAsync(string[] args, TextWriter output, TextWriter error, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var parsed = Create(today).Parse(args);
        var configuration = new InvocationConfiguration
        {
            Output = output,
            Error = error,

            // The web host handles Ctrl+C and SIGTERM itself, with its own graceful shutdown.
            ProcessTerminationTimeout = null,

            // The commands report content problems themselves. Anything else leaves Main as an
            // exception, as it did before, so a test host (WebApplicationFactory) that runs Main
            // sees the real failure rather than a printed message and an exit code.
            EnableDefaultExceptionHandler = false,
        };

        if (parsed.Action is not ParseErrorAction errorAction)
        {
            return await parsed.InvokeAsync(configuration);
        }

        // The errors and typo suggestions, then where to look, rather than the whole help page. The
        // parser would exit 1, which here means invalid content; a usage error is 2.
        errorAction.ShowHelp = false;
        await parsed.InvokeAsync(configuration);
        var command = parsed.CommandResult.Command;
        var helpCommand = command is RootCommand ? "--help" : $"{command.Name} --help";
        await error.WriteLineAsync($"Run '{helpCommand}' to see every option.");
        return ExitCodes.Usage;
    }
}
