using CareerPaths.Content.Guidance;
using CareerPaths.Content.Model;
using CareerPaths.Testing;

namespace CareerPaths.Content.Tests.Guidance;

/// <summary>The comparison logic on the real content: every expectation is worked out from the catalog, not written down.</summary>
public sealed class RoleComparerTests
{
    private static Catalog Catalog => RealContent.Catalog;

    /// <summary>A role with a next step, and that next step: a pair in one track with a direct route.</summary>
    private static (Role From, Role To) StepUp()
    {
        var from = Catalog.Roles.First(r => r.NextSteps.Count > 0);
        return (from, from.NextSteps[0]);
    }

    [Fact]
    public void Skills_split_into_shared_to_add_and_to_deepen_and_together_make_the_target()
    {
        foreach (var from in Catalog.Roles)
        {
            foreach (var to in Catalog.Roles)
            {
                var result = RoleComparer.Compare(Catalog, from, to);

                Assert.Equal(to.SkillNeeds.OrderBy(n => n.Skill.Slug), result.Shared.Concat(result.ToAdd).Concat(result.ToDeepen).OrderBy(n => n.Skill.Slug));
                Assert.All(result.ToAdd, n => Assert.Null(from.NeedFor(n.Skill)));
                Assert.All(result.ToDeepen, n => Assert.Equal((SkillLevel.Working, SkillLevel.Expert), (from.NeedFor(n.Skill)!.Level, n.Level)));
                Assert.All(result.Shared, n => Assert.True(from.NeedFor(n.Skill)!.Level >= n.Level));
            }
        }
    }

    [Fact]
    public void A_usual_next_step_is_a_route_of_two_roles()
    {
        var (from, to) = StepUp();

        var route = RoleComparer.Compare(Catalog, from, to).Route;

        Assert.Equal(RouteKind.Found, route.Kind);
        Assert.Equal([from, to], route.Steps);
        Assert.Empty(route.Between);
    }

    [Fact]
    public void The_route_to_the_top_of_a_track_passes_through_the_roles_between_along_next_steps()
    {
        var from = Catalog.Roles.First(r => r.Level.Rank == 0 && r.NextSteps.Count > 0);
        var top = Catalog.RolesIn(from.Track)[^1];

        var route = RoleComparer.Compare(Catalog, from, top).Route;

        Assert.Equal(RouteKind.Found, route.Kind);
        Assert.Equal(from, route.Steps[0]);
        Assert.Equal(top, route.Steps[^1]);
        for (var i = 1; i < route.Steps.Count; i++)
        {
            Assert.Contains(route.Steps[i], route.Steps[i - 1].NextSteps);
        }
    }

    [Fact]
    public void The_same_role_on_both_sides_is_said_to_be_the_same_and_needs_nothing_new()
    {
        var role = Catalog.Roles[0];

        var result = RoleComparer.Compare(Catalog, role, role);

        Assert.True(result.IsSameRole);
        Assert.Equal(RouteKind.SameRole, result.Route.Kind);
        Assert.Empty(result.ToAdd);
        Assert.Empty(result.ToDeepen);
        Assert.Equal(0, result.SalaryMinDifference);
    }

    [Fact]
    public void Going_down_a_level_has_no_route_and_says_it_is_a_step_down()
    {
        var (lower, higher) = StepUp();

        var result = RoleComparer.Compare(Catalog, higher, lower);

        Assert.Equal(RouteKind.StepDown, result.Route.Kind);
        Assert.Empty(result.Route.Steps);
        Assert.True(result.LevelSteps < 0);
    }

    [Fact]
    public void Across_tracks_with_no_next_step_link_there_is_no_route_and_a_role_to_cross_over_to_is_suggested()
    {
        var (from, to) = CrossTrackPairWithoutRoute();

        var route = RoleComparer.Compare(Catalog, from, to).Route;

        Assert.Equal(RouteKind.NoLink, route.Kind);
        var via = Assert.IsType<Role>(route.Via);
        Assert.Equal(to.Track, via.Track);
        Assert.Equal(RouteKind.Found, RoleComparer.Compare(Catalog, via, to).Route.Kind);
    }

    [Fact]
    public void Level_years_and_salary_differences_are_the_target_minus_the_start()
    {
        var (from, to) = StepUp();

        var result = RoleComparer.Compare(Catalog, from, to);

        Assert.Equal(to.Level.Rank - from.Level.Rank, result.LevelSteps);
        Assert.Equal(to.Level.YearsMin - from.Level.YearsMin, result.YearsDifference);
        Assert.Equal(to.Level.Salary.Min - from.Level.Salary.Min, result.SalaryMinDifference);
        Assert.Equal(to.Level.Salary.Max - from.Level.Salary.Max, result.SalaryMaxDifference);
    }

    [Fact]
    public void Resources_along_the_way_build_a_missing_skill_or_serve_a_role_on_the_route()
    {
        var (from, to) = CrossTrackPairWithoutRoute();

        var result = RoleComparer.Compare(Catalog, from, to);

        var gap = result.ToAdd.Concat(result.ToDeepen).Select(n => n.Skill).ToHashSet();
        Assert.NotEmpty(result.Certifications.Concat<object>(result.Learning));
        Assert.All(result.Certifications, c => Assert.True(c.Builds.Any(gap.Contains) || c.Roles.Contains(to)));
        Assert.All(result.Learning, r => Assert.True(r.Builds.Any(gap.Contains) || r.Roles.Contains(to)));
        Assert.InRange(result.Certifications.Count, 0, RoleComparer.MaxResources);
    }

    [Fact]
    public void Similar_roles_need_more_than_half_of_the_target_skills_and_exclude_both_ends()
    {
        foreach (var to in Catalog.Roles)
        {
            var from = Catalog.Roles[0];

            var similar = RoleComparer.Compare(Catalog, from, to).Similar;

            Assert.All(similar, s =>
            {
                Assert.NotEqual(from, s.Role);
                Assert.NotEqual(to, s.Role);
                Assert.Equal(to.SkillNeeds.Count(n => s.Role.NeedFor(n.Skill) is not null), s.Shared);
                Assert.True(s.Shared * 2 > to.SkillNeeds.Count);
            });
        }
    }

    [Theory]
    [InlineData(null, null, 0)]
    [InlineData("", "  ", 0)]
    public void Nothing_asked_gives_no_notice_and_no_result(string? from, string? to, int notices)
    {
        var query = RoleComparer.Read(Catalog, from, to);

        Assert.Equal(notices, query.Notices.Count);
        Assert.Null(query.Result);
    }

    [Fact]
    public void One_side_missing_asks_for_it_and_keeps_the_other()
    {
        var role = Catalog.Roles[0];

        var query = RoleComparer.Read(Catalog, role.Slug, null);

        Assert.Equal(role, query.From);
        var notice = Assert.Single(query.Notices);
        Assert.False(notice.IsFrom);
        Assert.Null(query.Result);
    }

    [Fact]
    public void A_misspelt_role_gets_a_notice_naming_the_role_probably_meant()
    {
        var role = Catalog.Roles[^1];
        var typo = role.Slug[..^1];

        var query = RoleComparer.Read(Catalog, typo, role.Slug);

        var notice = Assert.Single(query.Notices);
        Assert.True(notice.IsFrom);
        Assert.Equal(role, notice.DidYouMean);
        Assert.Null(query.Result);
    }

    /// <summary>A role and a higher role in another track that no chain of next steps reaches.</summary>
    internal static (Role From, Role To) CrossTrackPairWithoutRoute() =>
        (from f in Catalog.Roles
         from t in Catalog.Roles
         where f.Track != t.Track && t.Level.Rank == f.Level.Rank + 1 && !Reaches(f, t)
         select (f, t)).First();

    private static bool Reaches(Role from, Role to) =>
        from.NextSteps.Any(n => n.Slug == to.Slug || Reaches(n, to));
}
