using CareerPaths.Content.Diagnostics;
using CareerPaths.Content.Loading;
using CareerPaths.Content.Model;

namespace CareerPaths.Content.Validation;

/// <summary>Finds two entries of one kind with the same slug, or the same title (usually a copied file whose title was not changed).</summary>
internal static class UniquenessChecks
{
    public static void Check(ReadEntries read, ContentErrors errors)
    {
        Unique(read.Levels, "level", l => l.Slug, l => l.Name, l => l.Source, errors);
        Unique(read.Tracks, "track", t => t.Slug, t => t.Title, t => t.Source, errors);
        Unique(read.Roles, "role", r => r.Slug, r => r.Title, r => r.Source, errors);
        Unique(read.Guides, "guide", g => g.Slug, g => g.Title, g => g.Source, errors);
        Unique(read.BackgroundGroups, "background group", g => g.Slug, g => g.Name, g => g.Source, errors);
        Unique([.. read.Backgrounds], "background", b => b.Slug, b => b.Name, b => b.Source, errors);
        Unique(read.Certifications, "certification", c => c.Slug, c => c.Name, c => c.Source, errors);
        Unique(read.LearningResources, "learning resource", r => r.Slug, r => r.Name, r => r.Source, errors);
        Unique(read.SkillCategories, "skill category", c => c.Slug, c => c.Name, c => c.Source, errors);
        Unique(read.Skills, "skill", s => s.Slug, s => s.Name, s => s.Source, errors);
    }

    private static void Unique<T>(
        IReadOnlyList<T> items,
        string kind,
        Func<T, string> slug,
        Func<T, string> title,
        Func<T, SourceRef> source,
        ContentErrors errors)
    {
        Report(items, kind, "slug", slug, source, errors);
        Report(items, kind, "title", title, source, errors);
    }

    private static void Report<T>(
        IReadOnlyList<T> items,
        string kind,
        string what,
        Func<T, string> key,
        Func<T, SourceRef> source,
        ContentErrors errors)
    {
        var first = new Dictionary<string, SourceRef>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in items)
        {
            var value = key(item);
            if (value.Length == 0)
            {
                continue;
            }

            var here = source(item);
            if (first.TryGetValue(value, out var earlier))
            {
                var field = what == "slug" ? "slug" : here.Fields.ContainsKey("title") ? "title" : "name";
                var whereEarlier = earlier.Path == here.Path ? $"line {earlier.At(field).Line}" : errors.Display(earlier.Path);
                errors.Add(here.Path, here.At(field), $"duplicate {kind} {what} '{value}' \u2014 already used by {whereEarlier}; give each {kind} its own {what}");
            }
            else
            {
                first[value] = here;
            }
        }
    }
}
