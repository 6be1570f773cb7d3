using CareerPaths.Content.Diagnostics;
using CareerPaths.Content.Loading;
using CareerPaths.Content.Model;

namespace CareerPaths.Content.Validation;

/// <summary>Checks that every slug an entry refers to names an entry that exists, suggesting the nearest name when it does not.</summary>
internal static class ReferenceChecks
{
    public static void Check(ReadEntries read, ContentErrors errors)
    {
        var tracks = Known(read.SlugsIn("tracks", read.Tracks.Select(t => t.Slug)));
        var roles = Known(read.SlugsIn("roles", read.Roles.Select(r => r.Slug)));
        var levels = Known(read.Levels.Select(l => l.Slug));
        var backgrounds = Known(read.Backgrounds.Select(b => b.Slug));
        var kinds = Known(TableSchemas.LearningKinds);
        var certifications = Known(read.Certifications.Select(c => c.Slug));
        if (read.IsUnreadable(SiteSections.LevelsFile) || read.IsUnreadable(SiteSections.BackgroundsFile))
        {
            // Every reference into a broken table would be reported again; its own errors say enough.
            return;
        }

        var rank = read.Levels.Select((l, i) => (l.Slug, i)).DistinctBy(p => p.Slug).ToDictionary(p => p.Slug, p => p.i, StringComparer.Ordinal);
        var roleLevel = read.Roles.DistinctBy(r => r.Slug).ToDictionary(r => r.Slug, r => r.Level, StringComparer.Ordinal);

        foreach (var role in read.Roles)
        {
            Expect(role.Track, "track", tracks, role.Source, "track", errors);
            Expect(role.Level, "level", levels, role.Source, "level", errors);
            for (var i = 0; i < role.Next.Count; i++)
            {
                var next = role.Next[i];
                if (Expect(next, "role", roles, role.Source, $"next[{i}]", errors)
                    && roleLevel.TryGetValue(next, out var nextLevel)
                    && rank.TryGetValue(role.Level, out var own) && rank.TryGetValue(nextLevel, out var theirs) && theirs <= own)
                {
                    errors.Add(role.Source.Path, role.Source.At($"next[{i}]"), $"next step '{next}' is not above this role's level '{role.Level}' \u2014 list only roles at a higher level");
                }
            }
        }

        CrosswalkChecks.Check(read, errors);

        foreach (var background in read.Backgrounds)
        {
            Expect(background.Role, "role", roles, background.Source, "role", errors);
        }

        foreach (var guide in read.Guides)
        {
            ExpectAll(guide.Backgrounds, "background", backgrounds, guide.Source, "backgrounds", errors);
        }

        foreach (var certification in read.Certifications)
        {
            Expect(certification.Level, "level", levels, certification.Source, "level", errors);
            ExpectAll(certification.Tracks, "track", tracks, certification.Source, "tracks", errors);
            ExpectAll(certification.Roles, "role", roles, certification.Source, "roles", errors);
            LifecycleChecks.Check(certification, certifications, errors);
        }

        foreach (var resource in read.LearningResources)
        {
            Expect(resource.Kind, "kind", kinds, resource.Source, "kind", errors);
            ExpectAll(resource.Tracks, "track", tracks, resource.Source, "tracks", errors);
            ExpectAll(resource.Roles, "role", roles, resource.Source, "roles", errors);
        }
    }

    /// <summary>A set, so checking thousands of references stays linear.</summary>
    internal static HashSet<string> Known(IEnumerable<string> slugs) => new(slugs, StringComparer.Ordinal);

    internal static void ExpectAll(IReadOnlyList<string> values, string kind, IReadOnlySet<string> known, SourceRef source, string field, ContentErrors errors)
    {
        for (var i = 0; i < values.Count; i++)
        {
            Expect(values[i], kind, known, source, $"{field}[{i}]", errors);
        }
    }

    internal static bool Expect(string value, string kind, IReadOnlySet<string> known, SourceRef source, string field, ContentErrors errors)
    {
        // An empty value was already reported as a missing field.
        if (value.Length == 0 || known.Contains(value))
        {
            return value.Length > 0;
        }

        errors.Add(source.Path, source.At(field), $"unknown {kind} '{value}'{Suggestions.Hint(value, known.Order(StringComparer.Ordinal))}");
        return false;
    }
}
