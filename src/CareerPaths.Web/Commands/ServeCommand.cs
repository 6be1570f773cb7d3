using System.CommandLine;
using System.Net.Sockets;
using CareerPaths.Web.Hosting;
using CareerPaths.Web.LiveContent;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Options;

namespace CareerPaths.Web.Commands;

/// <summary>
/// Serves the site: the root command's action and the `serve` command. The arguments the parser
/// does not know (--urls, --environment, --Site:BaseUrl=...) go to the ASP.NET Core host as they
/// always have. On invalid content it prints every error and exits 1 instead of starting.
/// </summary>
internal static class ServeCommand
{
    public const string Description = "Serve the site.";

    public static Command Create(Option<string?> content)
    {
        var command = new Command("serve", Description + " This is what runs when no command is given.");
        ServeWith(command, content);
        return command;
    }

    /// <summary>Makes a command serve the site, passing the settings it does not know to the web host.</summary>
    public static void ServeWith(Command command, Option<string?> content)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(content);

        // An argument rather than unmatched tokens: a command that lets unmatched tokens through
        // lets them through for its subcommands too, and `validate --bogus` must stay an error.
        var settings = new Argument<string[]>("settings")
        {
            Description = "Settings for the web server and the site, passed to ASP.NET Core as they are, such as " +
                "--urls http://127.0.0.1:5000, --environment Development or --Site:BaseUrl=https://careers.example.org.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        command.Add(settings);
        command.SetAction(async (parsed, _) =>
        {
            var error = parsed.InvocationConfiguration.Error;
            var hostArgs = parsed.GetValue(settings) ?? [];

            // The host ignores a bare word, so a mistyped command ("valdate") would quietly start the
            // site instead of doing what was asked.
            if (HostArguments.FindStray(hostArgs) is { } stray)
            {
                await error.WriteLineAsync($"Unrecognized command or argument '{stray}'. The commands are serve, validate and export; see --help.");
                return ExitCodes.Usage;
            }

            return await RunAsync([.. hostArgs, .. ContentOption.HostSettings(parsed.GetValue(content))], error);
        });
    }

    public static async Task<int> RunAsync(string[] hostArgs, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var preload = CatalogPreload.Start(hostArgs);
        var builder = SiteBuilder.CreateHost(new WebApplicationOptions { Args = hostArgs });
        builder.UsePreload(preload);
        builder.AddCareerPaths();
        var app = builder.Build();
        try
        {
            app.Use(StartupJitProfile.RecordUntilFirstPage);
            app.UseCareerPaths();
            await app.RunAsync();
        }
        catch (InvalidContentException ex)
        {
            foreach (var problem in ex.Errors)
            {
                await error.WriteLineAsync(problem.ToString());
            }

            await error.WriteLineAsync(ex.Message);
            return ExitCodes.ContentInvalid;
        }
        catch (OptionsValidationException ex)
        {
            // Settings checked with ValidateOnStart surface here, before anything is served.
            return await ReportSettingsAsync(ex, error);
        }
        catch (InvalidOperationException ex) when (IsUnreadableSetting(ex))
        {
            await error.WriteLineAsync(ex.Message);
            return ExitCodes.Usage;
        }
        catch (IOException ex) when (ex.InnerException is AddressInUseException or SocketException)
        {
            // Kestrel's message names the address and the reason ("address already in use").
            await error.WriteLineAsync(ex.Message);
            return ExitCodes.CannotListen;
        }

        return ExitCodes.Success;
    }

    /// <summary>
    /// A setting that is not of its type ("Caching:MaxAgeSeconds=soon"): the configuration binder
    /// says so, naming the value, the setting and the type, in an InvalidOperationException around
    /// the parser's own exception.
    /// </summary>
    private static bool IsUnreadableSetting(InvalidOperationException ex) =>
        ex.InnerException is FormatException or OverflowException;

    /// <summary>A malformed setting (Site:BasePath, Proxy:*, Caching:*...) is a usage error, told without a stack trace.</summary>
    private static async Task<int> ReportSettingsAsync(OptionsValidationException ex, TextWriter error)
    {
        foreach (var failure in ex.Failures)
        {
            await error.WriteLineAsync(failure);
        }

        return ExitCodes.Usage;
    }
}
