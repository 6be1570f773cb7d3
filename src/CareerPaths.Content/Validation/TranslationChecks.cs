using CareerPaths.Content.Diagnostics;
using CareerPaths.Content.Loading;
using CareerPaths.Content.Loading.Translations;

namespace CareerPaths.Content.Validation;

/// <summary>
/// Checks the translations against their originals: each translates a file that exists, its rows
/// name rows the original has, and it was reviewed after the original last was. The words a
/// translation may not hold are refused while it is read (<see cref="TranslationReader"/>).
/// </summary>
internal static class TranslationChecks
{
    public static void Check(ReadEntries read, ContentErrors errors)
    {
        var originals = OriginalPaths(read);
        foreach (var translation in read.Translations)
        {
            if (!originals.Contains(translation.OriginalPath))
            {
                var hint = Suggestions.Hint(translation.OriginalPath, originals);
                errors.Add(translation.Path, TextPosition.StartOfFile,
                    $"there is no original {errors.Display(translation.OriginalPath)} for this translation \u2014 a translation has the same path as its original under {translation.Language.ContentFolder}{hint}");
                continue;
            }

            CheckRows(read, translation, errors);
            CheckReviewed(read, translation, errors);
        }
    }

    /// <summary>Every file an original can be, including ones that could not be read (already reported).</summary>
    private static HashSet<string> OriginalPaths(ReadEntries read) =>
        read.Roles.Select(r => r.Source.Path)
            .Concat(read.Tracks.Select(t => t.Source.Path))
            .Concat(read.Guides.Select(g => g.Source.Path))
            .Concat(read.Pages.Select(p => p.Source.Path))
            .Concat(read.SeenDataFiles)
            .Concat(read.Unreadable)
            .ToHashSet(StringComparer.Ordinal);

    private static void CheckRows(ReadEntries read, TranslationEntry translation, ContentErrors errors)
    {
        if (read.IsUnreadable(translation.OriginalPath))
        {
            return;
        }

        foreach (var row in translation.Rows.Where(r => r.Slug.Length > 0))
        {
            var slugs = SlugsOf(read, row.List);
            if (!slugs.Contains(row.Slug))
            {
                var hint = Suggestions.Hint(row.Slug, slugs);
                errors.Add(translation.Path, row.Words.Source.At("slug"),
                    $"{errors.Display(translation.OriginalPath)} has no entry '{row.Slug}' under {row.List} \u2014 a translated row keeps the slug of the row it translates{hint}");
            }
        }
    }

    private static IReadOnlyList<string> SlugsOf(ReadEntries read, string list) => list switch
    {
        "levels" => [.. read.Levels.Select(l => l.Slug)],
        "groups" => [.. read.BackgroundGroups.Select(g => g.Slug)],
        "backgrounds" => [.. read.Backgrounds.Select(b => b.Slug)],
        "categories" => [.. read.SkillCategories.Select(c => c.Slug)],
        "skills" => [.. read.Skills.Select(s => s.Slug)],
        _ => [],
    };

    /// <summary>A translation older than its original's last review may say something the original no longer does.</summary>
    private static void CheckReviewed(ReadEntries read, TranslationEntry translation, ContentErrors errors)
    {
        if (translation.Reviewed is not { } reviewed || !read.Reviewed.TryGetValue(translation.OriginalPath, out var original) || original <= reviewed)
        {
            return;
        }

        errors.Warn(translation.Path, translation.Words.Source.At("reviewed"),
            $"translation may be out of date: {errors.Display(translation.OriginalPath)} was reviewed on {original:yyyy-MM-dd}, after this translation ({reviewed:yyyy-MM-dd}) \u2014 compare the two, update the translation, then set its reviewed: to today");
    }
}
