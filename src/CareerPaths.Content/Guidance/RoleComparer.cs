using CareerPaths.Content.Diagnostics;
using CareerPaths.Content.Model;

namespace CareerPaths.Content.Guidance;

/// <summary>
/// Compares two roles for the compare page, using only the catalog: levels, skills, the route
/// through next-step links and what helps along it. A missing or unknown role is a notice, never
/// an error, so any query string gets an answer.
/// </summary>
public static class RoleComparer
{
    public const int MaxResources = 6;
    public const int MaxSimilar = 4;

    /// <summary>How many roles at one level are tried as a crossing point, so a huge catalog stays quick.</summary>
    private const int MaxCrossings = 20;

    public static CompareQuery Read(Catalog catalog, string? fromSlug, string? toSlug)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var notices = new List<CompareNotice>();
        var from = ReadRole(catalog, fromSlug, isFrom: true, notices);
        var to = ReadRole(catalog, toSlug, isFrom: false, notices);
        if (notices.Count == 0 && (from is null) != (to is null))
        {
            notices.Add(from is null
                ? new CompareNotice(catalog.Text["compare.notice-choose-from"], true, null)
                : new CompareNotice(catalog.Text["compare.notice-choose-to"], false, null));
        }

        var result = from is not null && to is not null ? Compare(catalog, from, to) : null;
        return new CompareQuery(fromSlug, toSlug, from, to, notices, result);
    }

    public static RoleComparison Compare(Catalog catalog, Role from, Role to)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var had = from.SkillNeeds.ToDictionary(n => n.Skill.Slug, StringComparer.Ordinal);
        var add = to.SkillNeeds.Where(n => !had.ContainsKey(n.Skill.Slug)).ToList();
        var deepen = to.SkillNeeds.Where(n => had.TryGetValue(n.Skill.Slug, out var h) && h.Level < n.Level).ToList();
        var shared = to.SkillNeeds.Except(add).Except(deepen).ToList();
        var route = Route(catalog, from, to);
        var gap = add.Concat(deepen).Select(n => n.Skill.Slug).ToHashSet(StringComparer.Ordinal);
        var along = (route.Kind == RouteKind.Found ? route.Steps.Skip(1) : [to]).Select(r => r.Slug).ToHashSet(StringComparer.Ordinal);
        return new RoleComparison(
            from,
            to,
            shared,
            add,
            deepen,
            route,
            Helpful([.. catalog.Certifications.Where(c => c.Lifecycle.IsRecommendable)], c => c.Builds, c => c.Roles, gap, along),
            Helpful(catalog.LearningResources, r => r.Builds, r => r.Roles, gap, along),
            Similar(catalog, from, to));
    }

    private static Role? ReadRole(Catalog catalog, string? slug, bool isFrom, List<CompareNotice> notices)
    {
        if (string.IsNullOrWhiteSpace(slug))
        {
            return null;
        }

        var role = catalog.FindRole(slug.Trim());
        if (role is null)
        {
            var closest = Suggestions.Closest(slug.Trim(), catalog.Roles.Select(r => r.Slug));
            notices.Add(new CompareNotice(catalog.Text[isFrom ? "compare.notice-unknown-from" : "compare.notice-unknown-to"], isFrom, catalog.FindRole(closest)));
        }

        return role;
    }

    /// <summary>The shortest chain of next steps (breadth first), or why there is none and where to cross over.</summary>
    private static CareerRoute Route(Catalog catalog, Role from, Role to)
    {
        if (from.Slug == to.Slug)
        {
            return new CareerRoute(RouteKind.SameRole, [from], null);
        }

        if (ShortestPath(from, to) is { } steps)
        {
            return new CareerRoute(RouteKind.Found, steps, null);
        }

        if (to.Level.Rank < from.Level.Rank)
        {
            return new CareerRoute(RouteKind.StepDown, [], null);
        }

        if (to.Level.Rank == from.Level.Rank)
        {
            return new CareerRoute(RouteKind.Sideways, [], null);
        }

        var via = catalog.Levels
            .Where(l => l.Rank >= from.Level.Rank && l.Rank < to.Level.Rank)
            .SelectMany(l => catalog.RolesIn(to.Track, l).Take(MaxCrossings))
            .FirstOrDefault(r => ShortestPath(r, to) is not null);
        return new CareerRoute(RouteKind.NoLink, [], via);
    }

    private static List<Role>? ShortestPath(Role from, Role to)
    {
        var cameFrom = new Dictionary<string, Role?>(StringComparer.Ordinal) { [from.Slug] = null };
        var queue = new Queue<Role>([from]);
        while (queue.TryDequeue(out var role))
        {
            if (role.Slug == to.Slug)
            {
                var path = new List<Role>();
                for (Role? step = role; step is not null; step = cameFrom[step.Slug])
                {
                    path.Add(step);
                }

                path.Reverse();
                return path;
            }

            // Next steps always sit higher, so the search ends; roles above the target cannot lead back down to it.
            foreach (var next in role.NextSteps.Where(n => n.Level.Rank <= to.Level.Rank && cameFrom.TryAdd(n.Slug, role)))
            {
                queue.Enqueue(next);
            }
        }

        return null;
    }

    /// <summary>Resources that build a missing skill come first (most of them first), then those that serve a role on the way.</summary>
    private static IReadOnlyList<T> Helpful<T>(
        IReadOnlyList<T> items,
        Func<T, IReadOnlyList<Skill>> builds,
        Func<T, IReadOnlyList<Role>> serves,
        HashSet<string> gap,
        HashSet<string> along) =>
        [.. items
            .Select((item, index) => (Item: item, Index: index, Builds: builds(item).Count(s => gap.Contains(s.Slug)), Serves: serves(item).Any(r => along.Contains(r.Slug))))
            .Where(c => c.Builds > 0 || c.Serves)
            .OrderByDescending(c => c.Builds)
            .ThenByDescending(c => c.Serves)
            .ThenBy(c => c.Index)
            .Take(MaxResources)
            .Select(c => c.Item)];

    /// <summary>Roles other than the two compared that need more than half of the target's skills.</summary>
    private static IReadOnlyList<SimilarRole> Similar(Catalog catalog, Role from, Role to)
    {
        var wanted = to.SkillNeeds.Select(n => n.Skill.Slug).ToHashSet(StringComparer.Ordinal);
        return [.. catalog.Roles
            .Where(r => r.Slug != from.Slug && r.Slug != to.Slug)
            .Select(r => new SimilarRole(r, r.SkillNeeds.Count(n => wanted.Contains(n.Skill.Slug)), wanted.Count))
            .Where(s => s.Shared * 2 > s.Of)
            .OrderByDescending(s => s.Shared)
            .ThenBy(s => s.Role.SkillNeeds.Count)
            .Take(MaxSimilar)];
    }
}
