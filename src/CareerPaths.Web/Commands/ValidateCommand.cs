using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using CareerPaths.Content;
using CareerPaths.Content.Addresses;
using CareerPaths.Content.Model;
using CareerPaths.Content.Validation;

namespace CareerPaths.Web.Commands;

/// <summary>
/// `validate [--content DIR] [--stale-after DAYS] [--strict] [--format text|github]`: checks the content, prints every
/// problem and exits 1 when there is an error (or, with --strict, a warning). House style is
/// checked here rather than in the tests, so a valid edit that reads differently is a warning an
/// editor can act on, not a red test nobody can explain to them.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create(Option<string?> content, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(content);
        var staleAfter = new Option<int?>("--stale-after")
        {
            Description = "Also warn about every role and guide whose `reviewed:` date is more than DAYS days old, such as 365.",
            HelpName = "DAYS",
            CustomParser = ParseDays,
        };

        // A flag that takes no value, so it can never swallow the argument after it.
        var strict = new Option<bool>("--strict")
        {
            Description = "Fail on warnings too (house style, and stale entries with --stale-after), as the repository's checks do before a merge.",
            Arity = ArgumentArity.Zero,
        };

        var format = new Option<ProblemFormat>("--format")
        {
            Description = "How to print each problem: text (file:line:col: error: message) or github (a GitHub Actions " +
                "annotation, ::error file=...,line=...,col=...::message, shown on the changed line of a pull request).",
            HelpName = "text|github",
            DefaultValueFactory = _ => ProblemFormat.Text,
            CustomParser = ParseFormat,
        };

        var command = new Command("validate", "Check the content and print every error and warning with its file and line. Nothing is served or written.")
        {
            staleAfter,
            strict,
            format,
        };
        command.SetAction(parsed => Run(
            ContentOption.ResolveDirectory(parsed.GetValue(content)),
            parsed.GetValue(staleAfter),
            parsed.GetValue(strict),
            parsed.GetValue(format),
            parsed.InvocationConfiguration.Output,
            parsed.InvocationConfiguration.Error,
            today));
        return command;
    }

    public static int Run(string directory, int? staleAfterDays, bool strict, ProblemFormat format, TextWriter output, TextWriter error, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var result = CatalogLoader.Load(directory);
        var problems = result.Errors.ToList();
        var displayRoot = CatalogLoader.DisplayRootFor(directory);
        if (result.Catalog is { } catalog)
        {
            if (staleAfterDays is { } days)
            {
                problems.AddRange(StaleEntries.Find(catalog, today, days, displayRoot));
            }

            problems.AddRange(PassedRetirements.Find(catalog, today, displayRoot));
            problems.AddRange(HouseStyleChecks.Check(catalog, HouseStyleLimits.Default, displayRoot));
            problems.AddRange(CertificationMentions.Check(catalog, path => ReadContentFile(directory, path), displayRoot));
        }

        foreach (var problem in problems)
        {
            // The runner reads workflow commands from standard output.
            if (format == ProblemFormat.GitHub)
            {
                output.WriteLine(GitHubAnnotations.Format(problem));
            }
            else
            {
                error.WriteLine(problem.ToString());
            }
        }

        var errorCount = problems.Count(p => p.IsError);
        var warningCount = problems.Count - errorCount;
        if (result.Catalog is { } valid && errorCount == 0)
        {
            output.WriteLine(
                $"Content is valid: {valid.Tracks.Count} tracks, {valid.Levels.Count} levels, {valid.Roles.Count} roles, " +
                $"{valid.Backgrounds.Count} mappings, {valid.Guides.Count} guides" +
                (warningCount > 0 ? $"; {warningCount} warning(s)" : string.Empty) + ".");
            foreach (var language in SiteLanguage.Translations)
            {
                // How far each translation has come: pages in the language, and pages still shown in English.
                var translated = result.Edition(language)!.Catalog;
                var pages = SitePages.WithSources(translated);
                var untranslated = pages.Count(p => translated.IsUntranslated(p.Source));
                output.WriteLine($"{language.NativeName} ({language.Code}): {pages.Count - untranslated} of {pages.Count} pages translated, {untranslated} shown in English until translated.");
            }

            return warningCount > 0 && strict ? ExitCodes.ContentInvalid : ExitCodes.Success;
        }

        error.WriteLine($"{errorCount} error(s), {warningCount} warning(s) in {directory}");
        return ExitCodes.ContentInvalid;
    }

    /// <summary>A file the catalog was just loaded from; null if it vanished since, which the next load reports.</summary>
    private static string? ReadContentFile(string directory, string path)
    {
        var full = Path.Combine(directory, path);
        return File.Exists(full) ? File.ReadAllText(full) : null;
    }

    /// <summary>The parser's own message names a .NET type; an editor needs to know what to type.</summary>
    private static int? ParseDays(ArgumentResult result)
    {
        var text = result.Tokens[0].Value;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var days))
        {
            return days;
        }

        result.AddError($"--stale-after takes a whole number of days, such as 365 (found '{text}')");
        return null;
    }

    private static ProblemFormat ParseFormat(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (text.Length > 0 && !char.IsDigit(text[0]) && Enum.TryParse<ProblemFormat>(text, ignoreCase: true, out var format) && Enum.IsDefined(format))
        {
            return format;
        }

        result.AddError($"--format takes text or github (found '{text}')");
        return ProblemFormat.Text;
    }
}
