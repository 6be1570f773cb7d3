using CareerPaths.Content.Model;
using CareerPaths.Testing;

namespace CareerPaths.Content.Tests.Loading;

/// <summary>After the checks, the slugs entries refer by become the catalog's own objects.</summary>
public sealed class LinkingTests
{
    private static Catalog Catalog => RealContent.Catalog;

    [Fact]
    public void Every_reference_in_the_real_catalog_is_the_entry_the_catalog_lists_under_that_slug()
    {
        foreach (var role in Catalog.Roles)
        {
            Assert.Same(Catalog.FindTrack(role.Track.Slug), role.Track);
            Assert.Same(Catalog.FindLevel(role.Level.Slug), role.Level);
            Assert.All(role.NextSteps, next => Assert.Same(Catalog.FindRole(next.Slug), next));
        }

        Assert.All(Catalog.Backgrounds, b => Assert.Same(Catalog.FindRole(b.Role.Slug), b.Role));
        Assert.All(Catalog.Guides.SelectMany(g => g.Backgrounds), b => Assert.Same(Catalog.FindBackground(b.Slug), b));
        foreach (var certification in Catalog.Certifications)
        {
            Assert.Same(Catalog.FindLevel(certification.Level.Slug), certification.Level);
            Assert.All(certification.Tracks, t => Assert.Same(Catalog.FindTrack(t.Slug), t));
            Assert.All(certification.Roles, r => Assert.Same(Catalog.FindRole(r.Slug), r));
        }

        Assert.All(Catalog.LearningResources.SelectMany(r => r.Tracks), t => Assert.Same(Catalog.FindTrack(t.Slug), t));
        Assert.All(Catalog.LearningResources.SelectMany(r => r.Roles), r => Assert.Same(Catalog.FindRole(r.Slug), r));
    }

    [Fact]
    public void Every_next_step_in_the_real_catalog_is_a_level_up()
    {
        Assert.All(Catalog.Roles.SelectMany(r => r.NextSteps.Select(n => (From: r, To: n))), step => Assert.True(step.To.Level.Rank > step.From.Level.Rank, $"{step.From.Slug} -> {step.To.Slug}"));
    }

    [Fact]
    public void A_role_without_next_steps_goes_on_to_every_role_a_level_up_in_its_track_in_list_order()
    {
        using var fixture = ContentFixture.Create();
        fixture.Write("roles/lead.md", Role("Fixture Lead", "mid", "order: 1\n"));

        var catalog = fixture.Load().Catalog!;

        Assert.Equal(["lead", "engineer"], catalog.FindRole("analyst")!.NextSteps.Select(r => r.Slug));
        Assert.Equal(catalog.RolesIn(catalog.Tracks[0], catalog.FindLevel("mid")!), catalog.FindRole("analyst")!.NextSteps);
        Assert.Empty(catalog.FindRole("chief")!.NextSteps);
    }

    [Fact]
    public void The_next_field_names_the_next_steps_in_the_order_written_and_the_catalog_knows_the_steps_back()
    {
        using var fixture = ContentFixture.Create();
        fixture.Write("roles/lead.md", Role("Fixture Lead", "mid", "next: [chief, architect]\n"));

        var catalog = fixture.Load().Catalog!;

        var lead = catalog.FindRole("lead")!;
        Assert.Equal(["chief", "architect"], lead.NextSteps.Select(r => r.Slug));
        Assert.Contains(lead, catalog.PreviousSteps(catalog.FindRole("chief")!));
        Assert.Equal(["engineer", "lead"], catalog.PreviousSteps(catalog.FindRole("architect")!).Select(r => r.Slug));
    }

    [Theory]
    [InlineData("mid", "engineer")]
    [InlineData("advanced", "engineer")]
    public void A_next_step_that_is_not_a_level_up_is_an_error_and_no_catalog_is_built(string level, string next)
    {
        using var fixture = ContentFixture.Create();
        fixture.Write("roles/lead.md", Role("Fixture Lead", level, $"next: [{next}]\n"));

        var result = fixture.Load();

        Assert.Null(result.Catalog);
        var error = Assert.Single(result.Errors);
        Assert.Equal("content/roles/lead.md", error.File);
        Assert.Contains($"next step '{next}' is not above this role's level '{level}'", error.Message, StringComparison.Ordinal);
    }

    private static string Role(string title, string level, string extra) =>
        $"---\ntitle: {title}\ntrack: technical\nlevel: {level}\n{extra}summary: The {title} role.\nresponsibilities: Lead\nskills: Leading\nreviewed: 2026-11-27\n---\nLeads.\n";
}
