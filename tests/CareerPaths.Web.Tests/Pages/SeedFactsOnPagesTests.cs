using AngleSharp.Dom;
using CareerPaths.Testing;
using CareerPaths.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CareerPaths.Web.Tests.Pages;

/// <summary>Every fact of the seed page is visible on its route, word for word, in the element a reader would look at.</summary>
[Collection(SharedSite.Name)]
public sealed class SeedFactsOnPagesTests(SiteFactory factory, ITestOutputHelper output) : SharedSiteTests(factory, output)
{
    [Fact]
    public async Task The_overview_shows_the_seed_title_and_intro()
    {
        var page = await Get("/");

        Assert.Equal(SeedFacts.Title, page.QuerySelector("main h1")!.Text());
        Assert.Equal(SeedFacts.Tagline, page.QuerySelector("main .hero .lead")!.Text());
        Assert.Equal($"{SeedFacts.Title} | CareerPaths", page.Title);
    }

    [Fact]
    public async Task The_overview_shows_every_section_heading_with_its_seed_intro()
    {
        var page = await Get("/");

        foreach (var (heading, intro) in SeedFacts.SectionIntros)
        {
            var h2 = Assert.Single(page.QuerySelectorAll("main h2"), h => h.Text() == heading);
            Assert.Equal(intro, h2.NextElementSibling!.Text());
        }
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/tracks")]
    public async Task The_track_cards_show_each_track_with_its_focus_areas_and_best_for(string url)
    {
        var page = await Get(url);

        foreach (var (title, focusAreas, bestFor) in SeedFacts.Tracks)
        {
            var card = Assert.Single(page.QuerySelectorAll("article.track-card"), c => c.QuerySelector("h3")!.Text() == title);
            Assert.Equal(focusAreas, card.QuerySelectorAll(".focus-areas li").Select(li => li.Text()));
            Assert.Equal($"Best for: {bestFor}", card.QuerySelector(".best-for")!.Text());
        }
    }

    [Theory]
    [InlineData("technical", 0)]
    [InlineData("operations", 1)]
    [InlineData("governance", 2)]
    public async Task A_track_page_shows_its_focus_areas_and_best_for(string slug, int seedIndex)
    {
        var page = await Get($"/tracks/{slug}");
        var (title, focusAreas, bestFor) = SeedFacts.Tracks[seedIndex];

        Assert.Equal(title, page.QuerySelector("main h1")!.Text());
        Assert.Equal(focusAreas, page.Texts("main .track-facts .focus-areas li"));
        Assert.Equal($"Best for: {bestFor}", page.QuerySelector("main .track-facts .best-for")!.Text());
    }

    [Fact]
    public async Task The_progression_timeline_shows_each_level_with_years_roles_focus_and_salary()
    {
        var page = await Get("/progression");
        var steps = page.QuerySelectorAll("ol.timeline > li").ToList();

        Assert.Equal(RealContent.Catalog.Levels.Count, steps.Count);
        var order = new List<int>();
        foreach (var (name, years, roles, focus, salary) in SeedFacts.Levels)
        {
            var step = Assert.Single(steps, s => s.QuerySelector("h2")!.Text() == $"{name} ({years})");
            Assert.Equal(roles, step.QuerySelector(".level-roles")!.Text());
            Assert.Equal(focus, step.QuerySelector(".level-focus")!.Text());
            Assert.Equal($"Salary Range: {salary}", step.QuerySelector(".level-salary")!.Text());
            order.Add(steps.IndexOf(step));
        }

        Assert.Equal(order.Order(), order);
    }

    [Fact]
    public async Task The_technical_table_holds_every_seed_row_in_level_order()
    {
        var page = await Get("/tracks/technical");

        var rows = page.QuerySelectorAll("table.track-table tbody tr")
            .Select(tr => string.Join(' ', tr.Children.Select(cell => cell.Text())))
            .ToList();

        Assert.All(SeedFacts.TechnicalRows, row => Assert.Contains(row, rows));
        var seedOrder = SeedFacts.TechnicalRows.Select(row => rows.IndexOf(row)).ToList();
        Assert.Equal(seedOrder.Order(), seedOrder);
        Assert.Equal(["Level", "Position", "Key Responsibilities", "Required Skills"], page.Texts("table.track-table thead th"));
    }

    [Fact]
    public async Task The_entry_points_show_each_seed_mapping_in_its_group_linked_to_the_role()
    {
        var page = await Get("/entry-points");

        var lines = page.QuerySelectorAll(".mapping-group").SelectMany(group => group.QuerySelectorAll(".mapping-line")
            .Select(line => (Group: group.QuerySelector("h2")!.Text(), Line: line.Text(), Href: line.QuerySelector("a")!.GetAttribute("href")!)))
            .ToList();

        Assert.Equal(RealContent.Catalog.Backgrounds.Count, lines.Count);
        for (var i = 0; i < SeedFacts.Mappings.Count; i++)
        {
            var (background, role) = SeedFacts.Mappings[i];
            var line = Assert.Single(lines, l => l.Line == $"{background} \u2192 {role}");
            // The seed lists five technical backgrounds, then five non-technical ones.
            Assert.Equal(i < 5 ? "Technical Backgrounds" : "Non-Technical Backgrounds", line.Group);
            Assert.StartsWith("/roles/", line.Href, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("Learn more about key AI Security roles", "/roles")]
    [InlineData("audience-specific guides", "/find-your-path#guides")]
    [InlineData("Certification Pathways", "/resources/certifications")]
    [InlineData("Learning Resources", "/resources/learning")]
    [InlineData("Downloadable Materials", "/resources/downloads")]
    public async Task The_seed_links_lead_to_real_pages(string text, string href)
    {
        using var client = Site.CreateSiteClient();
        var overview = await client.GetHtmlDocumentAsync("/");

        var link = Assert.Single(overview.QuerySelectorAll("main a"), a => a.Text() == text);
        Assert.Equal(href, link.GetAttribute("href"));
        var target = await client.GetHtmlDocumentAsync(href);
        Assert.False(string.IsNullOrWhiteSpace(target.QuerySelector("main h1")?.Text()));
        Assert.True(target.QuerySelector("main")!.Text().Length > 400, $"{href} has almost no content");
    }

    private async Task<IDocument> Get(string url)
    {
        using var client = Site.CreateSiteClient();
        return await client.GetHtmlDocumentAsync(url);
    }
}
