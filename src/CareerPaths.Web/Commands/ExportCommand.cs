using System.CommandLine;
using System.CommandLine.Parsing;
using CareerPaths.Web.Export;
using CareerPaths.Web.Hosting;
using CareerPaths.Web.LiveContent;
using CareerPaths.Web.Options;
using Microsoft.Extensions.Options;

namespace CareerPaths.Web.Commands;

/// <summary>
/// `export OUTDIR [--base-url URL] [--content DIR] [--base-path /PATH]`: starts the site in this
/// process with no socket, runs a request for every page through the site's own pipeline, and
/// writes the responses as static files, each text file also pre-compressed. The export is
/// therefore byte for byte the HTML the server sends. Canonical links carry the public address (the
/// option or Site:BaseUrl), else http://localhost for a local preview.
/// </summary>
internal static class ExportCommand
{
    public static Command Create(Option<string?> content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var outDir = new Argument<string>("OUTDIR")
        {
            Description = "The folder to write the static site to. It is created if it does not exist; files already in it are overwritten.",
        };
        var baseUrl = new Option<Uri?>("--base-url")
        {
            Description = "The public address the static site will have, such as https://careers.example.org. Canonical links, " +
                "Open Graph tags and the sitemap use it (default: Site__BaseUrl, else http://localhost for a local preview, with a warning).",
            HelpName = "URL",
            CustomParser = ParseBaseUrl,
        };

        var basePath = new Option<string?>("--base-path")
        {
            Description = "The sub-path the static site will be served under, such as /careers (a GitHub Pages project site is " +
                "served under /REPOSITORY). Every link, asset, form and data-file URL starts with it; the files are still written " +
                "from the top of OUTDIR.",
            HelpName = "/PATH",
            CustomParser = ParseBasePath,
        };

        var command = new Command("export", "Write the whole site as static files that any web server or CDN can serve as they are.")
        {
            outDir,
            baseUrl,
            basePath,
        };
        command.SetAction((parsed, _) => RunAsync(
            parsed.GetRequiredValue(outDir),
            parsed.GetValue(content),
            parsed.GetValue(baseUrl),
            parsed.GetValue(basePath) ?? string.Empty,
            parsed.InvocationConfiguration.Output,
            parsed.InvocationConfiguration.Error));
        return command;
    }

    public static async Task<int> RunAsync(string outDirectory, string? contentFolder, Uri? baseUrl, string basePath, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var outDir = Path.GetFullPath(outDirectory);
        List<string> settings = [.. ContentOption.HostSettings(contentFolder)];
        if (baseUrl is not null)
        {
            settings.Add($"--{SiteOptions.Section}:BaseUrl={baseUrl.OriginalString}");
        }

        if (basePath.Length > 0)
        {
            settings.Add($"--{SiteOptions.Section}:BasePath={basePath}");
        }

        var builder = InProcessSite.CreateBuilder(settings);

        // The option, or Site:BaseUrl from the environment (Site__BaseUrl) or appsettings.json.
        var (publicAddress, problem, warning) = PublicAddressFor(builder.Configuration[$"{SiteOptions.Section}:BaseUrl"]);
        if (problem is not null || publicAddress is null)
        {
            await error.WriteLineAsync(problem);
            await error.WriteLineAsync("Run 'export --help' to see every option.");
            return ExitCodes.Usage;
        }

        if (warning is not null)
        {
            await error.WriteLineAsync(warning);
        }

        builder.Configuration[$"{SiteOptions.Section}:BaseUrl"] = publicAddress.OriginalString;
        InProcessSite site;
        try
        {
            site = await InProcessSite.StartAsync(builder);
        }
        catch (InvalidContentException ex)
        {
            foreach (var problemFound in ex.Errors)
            {
                await error.WriteLineAsync(problemFound.ToString());
            }

            await error.WriteLineAsync(ex.Message);
            return ExitCodes.ContentInvalid;
        }
        catch (OptionsValidationException ex)
        {
            foreach (var failure in ex.Failures)
            {
                await error.WriteLineAsync(failure);
            }

            return ExitCodes.Usage;
        }

        await using (site)
        {
            var store = site.App.Services.GetRequiredService<CatalogStore>();
            var exporter = new StaticExporter(site.Server, publicAddress, basePath, outDir, output);
            var summary = await exporter.ExportAsync(store.Current.Catalog);
            await output.WriteLineAsync(
                $"Exported {summary.Pages} pages and {summary.Files} other files to {outDir} in {summary.Elapsed.TotalSeconds:0.0} s, " +
                $"with {summary.Compressed} pre-compressed copies (.br, .gz); " +
                $"{summary.Written} files written, {summary.Unchanged} unchanged since the last export into this folder.");
            foreach (var failure in summary.Failures)
            {
                await error.WriteLineAsync(failure);
            }

            return summary.Failures.Count > 0 ? ExitCodes.ContentInvalid : ExitCodes.Success;
        }
    }

    /// <summary>The address canonical links say when none is given: right for a preview on this machine, and only for that.</summary>
    internal const string PreviewAddress = "http://localhost";

    /// <summary>
    /// The public address to write into the export: canonical links, Open Graph tags, structured
    /// data and the sitemap are absolute, so they need the address the static site will have.
    /// Without one the export still works, for a local preview, and says what its links point at.
    /// </summary>
    internal static (Uri? Address, string? Problem, string? Warning) PublicAddressFor(string? configured)
    {
        if (string.IsNullOrWhiteSpace(configured))
        {
            return (new Uri(PreviewAddress), null,
                $"warning: no --base-url, so canonical links, Open Graph tags and the sitemap point at {PreviewAddress}, which suits a preview on this machine; " +
                "for a copy you publish, give the address it will have, such as --base-url https://careers.example.org (or set Site__BaseUrl).");
        }

        if (!Uri.TryCreate(configured, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            return (null, $"--base-url takes the site's full public address, such as https://careers.example.org (found '{configured}')", null);
        }

        return url.IsLoopback
            ? (url, null, $"warning: --base-url {configured} is on this machine, so the export's canonical links, Open Graph tags and sitemap point at it: fine for a preview, not for a copy you publish.")
            : (url, null, null);
    }

    /// <summary>A base URL that is not absolute would only fail later, deep in the site's settings.</summary>
    private static Uri? ParseBaseUrl(ArgumentResult result)
    {
        var text = result.Tokens[0].Value;
        if (Uri.TryCreate(text, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp))
        {
            return url;
        }

        result.AddError($"--base-url takes the site's full public address, such as https://careers.example.org (found '{text}')");
        return null;
    }

    /// <summary>The same rule as Site:BasePath, checked here so the mistake is a usage error, not a failed start.</summary>
    private static string? ParseBasePath(ArgumentResult result)
    {
        var text = result.Tokens[0].Value;
        if (text.Length == 0 || BasePaths.IsValid(text))
        {
            return text;
        }

        result.AddError($"--base-path takes a sub-path that starts with / and does not end with one, such as /careers (found '{text}')");
        return null;
    }
}
