using System.Globalization;
using CareerPaths.Content.Loading;
using CareerPaths.Content.Validation;
using CareerPaths.Web.LiveContent;

namespace CareerPaths.Web.Commands;

/// <summary>
/// `validate [--content DIR] [--stale-after DAYS] [--strict]`: checks the content, prints every
/// problem and exits 1 when there is an error (or, with --strict, a warning). House style is
/// checked here rather than in the tests, so a valid edit that reads differently is a warning an
/// editor can act on, not a red test nobody can explain to them.
/// </summary>
public static class ValidateCommand
{
    public static int Run(CommandArguments arguments, TextWriter output, TextWriter error, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        // The same sources the site reads Content:Path from: environment (Content__Path), then --content.
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddCommandLine(arguments.HostArgs).Build();
        var directory = ContentLocator.Resolve(configuration[ContentLocator.ConfigKey]);
        var result = CatalogLoader.Load(directory);
        var problems = result.Errors.ToList();
        var displayRoot = CatalogLoader.DisplayRootFor(directory);
        if (result.Catalog is { } catalog)
        {
            if (arguments.Option("stale-after") is { } staleText)
            {
                if (!int.TryParse(staleText, NumberStyles.None, CultureInfo.InvariantCulture, out var days))
                {
                    error.WriteLine($"--stale-after takes a whole number of days (found '{staleText}')");
                    return 2;
                }

                problems.AddRange(StaleEntries.Find(catalog, today, days, displayRoot));
            }

            problems.AddRange(HouseStyleChecks.Check(catalog, HouseStyleLimits.Default, displayRoot));
        }

        foreach (var problem in problems)
        {
            error.WriteLine(problem.ToString());
        }

        var errorCount = problems.Count(p => p.IsError);
        var warningCount = problems.Count - errorCount;
        if (result.Catalog is { } valid && errorCount == 0)
        {
            output.WriteLine(
                $"Content is valid: {valid.Tracks.Count} tracks, {valid.Levels.Count} levels, {valid.Roles.Count} roles, " +
                $"{valid.Backgrounds.Count} mappings, {valid.Guides.Count} guides" +
                (warningCount > 0 ? $"; {warningCount} warning(s)" : string.Empty) + ".");
            return warningCount > 0 && arguments.Flag("strict") ? 1 : 0;
        }

        error.WriteLine($"{errorCount} error(s), {warningCount} warning(s) in {directory}");
        return 1;
    }
}
