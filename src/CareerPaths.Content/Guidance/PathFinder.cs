using System.Globalization;
using CareerPaths.Content.Model;

namespace CareerPaths.Content.Guidance;

/// <summary>
/// Recommends a track, an entry role and the steps after it from a background, interests and
/// years of experience, using only the catalog. Unknown or malformed answers are set aside with
/// a notice, never an error.
/// </summary>
public static class PathFinder
{
    public static PathRecommendation? Recommend(Catalog catalog, PathQuery query)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(query);
        if (query.IsEmpty)
        {
            return null;
        }

        var notices = new List<string>();
        var background = ReadBackground(catalog, query.Background, notices);
        var interests = ReadInterests(catalog, query.Interests, notices);
        var years = ReadYears(catalog, query.Years, notices);

        var interestTrack = InterestTrack(catalog, interests);
        var mappedRole = background?.Role;
        var track = mappedRole?.Track ?? interestTrack ?? catalog.Tracks[0];
        var alsoConsider = interestTrack is not null && interestTrack != track ? interestTrack : null;

        var floor = mappedRole?.Level ?? catalog.Levels[0];
        var level = EntryLevel(catalog, floor, years, knownBackground: mappedRole is not null);
        var role = RoleAt(catalog, track, level, mappedRole);

        var (have, build) = SplitSkills(role, background);
        var next = NextTwo(role);
        IReadOnlyList<string> strengths = background is not null
            ? [background.CarriesOver]
            : years == 0
                ? [catalog.Text["find-your-path.strength-starting"]]
                : [catalog.Text[years == 1 ? "find-your-path.strength-years-one" : "find-your-path.strength-years-other", ("count", years)]];

        return new PathRecommendation(
            track,
            role,
            role.Level,
            background,
            years,
            strengths,
            have,
            build,
            next,
            alsoConsider,
            [.. catalog.CertificationsFor(role).Concat(next.SelectMany(catalog.CertificationsFor)).Distinct().Take(6)],
            [.. catalog.LearningFor(role).Take(5)],
            background is null ? [] : catalog.GuidesFor(background),
            notices);
    }

    private static Background? ReadBackground(Catalog catalog, string? slug, List<string> notices)
    {
        if (string.IsNullOrWhiteSpace(slug) || slug == PathQuery.OtherBackground)
        {
            return null;
        }

        var background = catalog.FindBackground(slug);
        if (background is null)
        {
            notices.Add(catalog.Text["find-your-path.notice-background"]);
        }

        return background;
    }

    private static List<(Track Track, string Area)> ReadInterests(Catalog catalog, IReadOnlyList<string> interests, List<string> notices)
    {
        var areas = catalog.Tracks.SelectMany(t => t.FocusAreas.Select(a => (Track: t, Area: a))).ToList();
        var chosen = areas.Where(a => interests.Contains(a.Area, StringComparer.OrdinalIgnoreCase)).ToList();
        if (chosen.Count < interests.Count(i => !string.IsNullOrWhiteSpace(i)))
        {
            notices.Add(catalog.Text["find-your-path.notice-interests"]);
        }

        return chosen;
    }

    private static int ReadYears(Catalog catalog, string? text, List<string> notices)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return 0;
        }

        if (int.TryParse(text.Trim().TrimEnd('+'), NumberStyles.None, CultureInfo.InvariantCulture, out var years) && years <= PathQuery.MaxYears)
        {
            return years;
        }

        notices.Add(catalog.Text["find-your-path.notice-years", ("max", PathQuery.MaxYears)]);
        return 0;
    }

    private static Track? InterestTrack(Catalog catalog, List<(Track Track, string Area)> interests) =>
        interests.Count == 0
            ? null
            : interests.GroupBy(i => i.Track).OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Order).First().Key;

    /// <summary>
    /// Experience from a neighboring field usually counts for one level less than the same years
    /// in AI security, and never less than the level the background's usual role sits at. An
    /// unrelated background starts no higher than the second level.
    /// </summary>
    private static Level EntryLevel(Catalog catalog, Level floor, int years, bool knownBackground)
    {
        var byYears = catalog.Levels.LastOrDefault(l => l.Covers(years)) ?? catalog.Levels[0];
        var rank = Math.Max(floor.Rank, byYears.Rank - 1);
        if (!knownBackground)
        {
            rank = Math.Min(rank, 1);
        }

        return catalog.Levels[Math.Min(rank, catalog.Levels.Count - 2)];
    }

    private static Role RoleAt(Catalog catalog, Track track, Level level, Role? mappedRole)
    {
        if (mappedRole is not null && mappedRole.Level.Rank >= level.Rank)
        {
            return mappedRole;
        }

        // Follow the usual next steps from the mapped role, so the suggestion stays on its path.
        for (var role = mappedRole; role is not null; role = FirstNext(role))
        {
            if (role.Level.Rank == level.Rank)
            {
                return role;
            }
        }

        var atLevel = catalog.RolesIn(track, level);
        return atLevel.Count > 0 ? atLevel[0] : catalog.RolesIn(track)[0];
    }

    /// <summary>The role's skill needs split by whether the background brings the skill (from the skills map, not by matching words).</summary>
    private static (IReadOnlyList<SkillNeed> Have, IReadOnlyList<SkillNeed> Build) SplitSkills(Role role, Background? background)
    {
        var brought = (background?.Skills ?? []).Select(s => s.Slug).ToHashSet(StringComparer.Ordinal);
        return ([.. role.SkillNeeds.Where(n => brought.Contains(n.Skill.Slug))], [.. role.SkillNeeds.Where(n => !brought.Contains(n.Skill.Slug))]);
    }

    private static List<Role> NextTwo(Role role)
    {
        var steps = new List<Role>();
        for (var current = FirstNext(role); current is not null && steps.Count < 2; current = FirstNext(current))
        {
            steps.Add(current);
        }

        return steps;
    }

    private static Role? FirstNext(Role role) => role.NextSteps.Count > 0 ? role.NextSteps[0] : null;
}
