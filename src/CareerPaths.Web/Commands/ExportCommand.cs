using CareerPaths.Web.Export;
using CareerPaths.Web.Hosting;
using CareerPaths.Web.LiveContent;
using CareerPaths.Web.Options;

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
        var settings = new List<string>(arguments.HostArgs);
        if (arguments.Option("base-url") is { } baseUrl)
        {
            settings.Add($"--{SiteOptions.Section}:BaseUrl={baseUrl}");
        }

        LoopbackSite site;
        try
        {
            site = await LoopbackSite.StartAsync(settings);
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

        await using (site)
        {
            var store = site.App.Services.GetRequiredService<CatalogStore>();
            var exporter = new StaticExporter(site.Address, outDir, output);
            var summary = await exporter.ExportAsync(store.Current.Catalog);
            output.WriteLine($"Exported {summary.Pages} pages and {summary.Files} other files to {outDir} in {summary.Elapsed.TotalSeconds:0.0} s.");
            foreach (var failure in summary.Failures)
            {
                error.WriteLine(failure);
            }

            return summary.Failures.Count > 0 ? 1 : 0;
        }
    }
}
