using CareerPaths.Content.Loading;
using CareerPaths.Content.Model;
using CareerPaths.Testing;

namespace CareerPaths.Content.Tests.Loading;

/// <summary>
/// The content lint: the real content/ folder loads with no errors, and holds every fact of the seed
/// word for word. How the content reads (lengths, counts) is house style, which `validate` checks.
/// </summary>
public sealed class RealContentTests
{
    private static LoadResult Result => RealContent.Result;

    private static Catalog Catalog => RealContent.Catalog;

    [Fact]
    public void The_real_content_loads_with_zero_errors_and_zero_warnings()
    {
        Assert.Empty(Result.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void The_seed_title_and_intro_are_the_overview_page()
    {
        var overview = Catalog.Page(SiteSections.Overview);

        Assert.Equal(SeedFacts.Title, overview.Title);
        Assert.Equal(SeedFacts.Tagline, overview.Intro.PlainText);
    }

    [Fact]
    public void Every_seed_section_intro_is_in_its_section_page()
    {
        var texts = Catalog.Pages.Select(p => (p.OverviewHeading, Intro: p.Intro.PlainText)).ToList();

        foreach (var (heading, intro) in SeedFacts.SectionIntros)
        {
            Assert.Contains((heading, intro), texts);
        }
    }

    [Fact]
    public void Every_seed_track_has_its_focus_areas_and_best_for()
    {
        foreach (var (title, focusAreas, bestFor) in SeedFacts.Tracks)
        {
            var track = Assert.Single(Catalog.Tracks, t => t.Title == title);
            Assert.Equal(focusAreas, track.FocusAreas);
            Assert.Equal(bestFor, track.BestFor);
        }
    }

    [Fact]
    public void Every_seed_level_has_its_years_roles_focus_and_salary()
    {
        Assert.Equal(4, SeedFacts.Levels.Count);
        foreach (var (name, years, exampleRoles, focus, salary) in SeedFacts.Levels)
        {
            var level = Assert.Single(Catalog.Levels, l => l.Name == name);
            Assert.Equal(years, SeedFacts.Normalize(level.Years));
            Assert.Equal(exampleRoles, level.ExampleRoles);
            Assert.Equal(focus, level.Focus);
            Assert.Equal(salary, SeedFacts.Normalize(level.Salary.Text));
        }
    }

    [Fact]
    public void Every_row_of_the_seed_technical_table_is_a_technical_role()
    {
        var rows = Catalog.Roles
            .Where(r => r.Track.Slug == "technical")
            .Select(r => $"{r.Level.Label} {r.Title} {r.Responsibilities} {r.Skills}")
            .ToList();

        Assert.Equal(6, SeedFacts.TechnicalRows.Count);
        foreach (var row in SeedFacts.TechnicalRows)
        {
            Assert.Contains(row, rows);
        }
    }

    [Fact]
    public void Every_seed_mapping_leads_to_a_role_page()
    {
        var mappings = Catalog.Backgrounds.Select(b => (b.Name, b.RoleLabel)).ToList();

        Assert.Equal(10, SeedFacts.Mappings.Count);
        foreach (var mapping in SeedFacts.Mappings)
        {
            Assert.Contains(mapping, mappings);
        }
    }

    [Fact]
    public void Every_track_has_a_role_at_every_level()
    {
        foreach (var track in Catalog.Tracks)
        {
            Assert.All(Catalog.Levels, level => Assert.NotEmpty(Catalog.RolesIn(track, level)));
        }
    }
}
