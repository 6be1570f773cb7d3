using CareerPaths.Content.Diagnostics;
using CareerPaths.Content.Loading;

namespace CareerPaths.Content.Validation;

/// <summary>
/// The last stage: checks that need every entry at once (references, duplicates, salary ranges,
/// level coverage, track colours and links). Each problem is added to the list; nothing throws.
/// </summary>
internal static class CatalogValidator
{
    private static readonly Action<ReadEntries, ContentErrors>[] Checks =
    [
        RequireFiles,
        UniquenessChecks.Check,
        CheckLevels,
        ReferenceChecks.Check,
        SkillChecks.Check,
        CheckCoverage,
        (read, errors) => ColorChecks.Check(read, errors),
        LinkChecks.Check,
        TranslationChecks.Check,
        InterfaceTextChecks.Check,
    ];

    /// <summary>The checks only read the entries, so they run on every core, reported in the order above.</summary>
    public static void Validate(ReadEntries read, ContentErrors errors) =>
        OnEveryCore.Each(Checks, errors, (check, found) => check(read, found));

    private static void RequireFiles(ReadEntries read, ContentErrors errors)
    {
        foreach (var missing in SiteSections.DataFiles.Where(f => !read.SeenDataFiles.Contains(f)))
        {
            errors.Add(missing, TextPosition.Unknown, "this file is missing \u2014 the site needs it; see content/README.md for its fields");
        }

        var pages = read.Pages.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var key in SiteSections.PageKeys.Where(k => !pages.Contains(k)))
        {
            errors.Add(SiteSections.FileFor(key), TextPosition.Unknown, "this page file is missing \u2014 create it with a title, a description and an intro");
        }

        if (read.Tracks.Count == 0 && read.SeenDataFiles.Count > 0)
        {
            errors.Add("tracks", TextPosition.Unknown, "there are no tracks \u2014 add at least one file in tracks/");
        }
    }

    private static void CheckLevels(ReadEntries read, ContentErrors errors)
    {
        foreach (var level in read.Levels)
        {
            var salary = level.Salary;
            if (salary.Min > 0 && salary.Max > 0 && salary.Min > salary.Max)
            {
                errors.Add(level.Source.Path, level.Source.At("salary_min"), $"level '{level.Slug}' has salary_min {salary.Min} above salary_max {salary.Max} \u2014 swap them or correct one");
            }

            if (level.YearsMax is { } max && level.YearsMin > max)
            {
                errors.Add(level.Source.Path, level.Source.At("years_min"), $"level '{level.Slug}' has years_min {level.YearsMin} above years_max {max}");
            }
        }
    }

    /// <summary>Every track needs somewhere to start and somewhere to go: a role at each level.</summary>
    private static void CheckCoverage(ReadEntries read, ContentErrors errors)
    {
        if (read.Unreadable.Any(p => p.StartsWith("roles/", StringComparison.Ordinal)) || read.IsUnreadable(SiteSections.LevelsFile))
        {
            return;
        }

        foreach (var track in read.Tracks)
        {
            foreach (var level in read.Levels.Where(l => !read.Roles.Exists(r => r.Track == track.Slug && r.Level == l.Slug)))
            {
                errors.Add(track.Source.Path, TextPosition.StartOfFile, $"the {track.Name} track has no role at the {level.Name} level \u2014 add a role with `track: {track.Slug}` and `level: {level.Slug}`");
            }
        }
    }
}
