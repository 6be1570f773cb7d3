using CareerPaths.Web.Commands;

namespace CareerPaths.Web.Tests.Infrastructure;

/// <summary>
/// Runs the command line in this process with the arguments a user types, through the same
/// parser as the real program, and captures what it prints.
/// </summary>
public static class Cli
{
    public static async Task<(int Exit, string Output, string Errors)> RunAsync(DateOnly today, params string[] arguments)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CareerPathsCli.InvokeAsync(arguments, output, error, today);
        return (exit, output.ToString(), error.ToString());
    }
}
