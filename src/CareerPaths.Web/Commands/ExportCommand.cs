using CareerPaths.Web.Export;
using CareerPaths.Web.Hosting;
using CareerPaths.Web.LiveContent;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace CareerPaths.Web.Commands;

/// <summary>
/// `export OUTDIR [--content DIR] [--base-url URL]`: starts the site on a private loopback port,
/// fetches every page exactly as a browser would, and writes the responses as static files. The
/// export is therefore byte for byte the HTML the server sends.
/// </summary>
public static class ExportCommand
{
    public static async Task<int> RunAsync(CommandArguments arguments, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (arguments.Positional.Count != 1)
        {
            error.WriteLine("usage: export OUTDIR [--content DIR] [--base-url https://your.site]");
            return 2;
        }

        var outDir = Path.GetFullPath(arguments.Positional[0]);
        WebApplication app;
        try
        {
            app = Build(arguments);
        }
        catch (InvalidContentException ex)
        {
            foreach (var problem in ex.Errors)
            {
                error.WriteLine(problem.ToString());
            }

            error.WriteLine(ex.Message);
            return 1;
        }

        await using (app)
        {
            await app.StartAsync();
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            var store = app.Services.GetRequiredService<CatalogStore>();
            var exporter = new StaticExporter(new Uri(address), outDir, output);
            var summary = await exporter.ExportAsync(store.Current.Catalog);
            await app.StopAsync();
            output.WriteLine($"Exported {summary.Pages} pages and {summary.Files} other files to {outDir} in {summary.Elapsed.TotalSeconds:0.0} s.");
            if (summary.Failures.Count > 0)
            {
                foreach (var failure in summary.Failures)
                {
                    error.WriteLine(failure);
                }

                return 1;
            }
        }

        return 0;
    }

    private static WebApplication Build(CommandArguments arguments)
    {
        var settings = new List<string>(arguments.HostArgs)
        {
            "--urls=http://127.0.0.1:0",
            "--Content:Watch=false",
            "--Serilog:MinimumLevel:Default=Warning",
            "--RateLimits:DynamicPermitLimit=1000000",
        };
        if (arguments.Option("base-url") is { } baseUrl)
        {
            settings.Add($"--{SiteOptions.Section}:BaseUrl={baseUrl}");
        }

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = [.. settings],
            EnvironmentName = Environments.Production,

            // Razor Pages are found in the application's assembly, which is not the entry
            // assembly when the export runs inside another process (a test host, say).
            ApplicationName = typeof(ExportCommand).Assembly.GetName().Name,
        });
        builder.AddCareerPaths();
        var app = builder.Build();
        app.UseCareerPaths();
        return app;
    }
}
