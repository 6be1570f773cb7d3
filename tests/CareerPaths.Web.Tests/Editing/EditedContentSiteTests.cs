using System.Net;
using CareerPaths.Web.Tests.Infrastructure;
using CareerPaths.Web.Tests.Pages;
using Xunit.Abstractions;

namespace CareerPaths.Web.Tests.Editing;

/// <summary>
/// A valid editor change keeps everything green: every check the real content passes, on a copy
/// with a role added, a fourth track with no colour, a fifth level and a role removed; and the
/// changes themselves show where a visitor would look.
/// </summary>
public sealed class EditedContentSiteTests(EditedSiteFactory factory, ITestOutputHelper output) : SiteCheckTests<EditedSiteFactory>(factory, output), IClassFixture<EditedSiteFactory>
{
    [Fact]
    public async Task The_new_track_has_its_page_with_its_roles_in_level_order_at_every_level()
    {
        var catalog = Factory.Catalog;
        var track = catalog.FindTrack(Factory.Edits.NewTrack)!;

        var page = await Client().GetHtmlDocumentAsync($"/tracks/{track.Slug}");

        Assert.Equal(track.Title, page.QuerySelector("main h1")!.Text());
        Assert.Equal(catalog.Levels.Select(l => l.Label), page.Texts("table.track-table td[data-label=Level]"));
        Assert.Equal(catalog.RolesIn(track).Select(r => r.Title), page.Texts("table.track-table th[data-label=Position]"));
    }

    [Fact]
    public async Task The_data_files_include_the_new_track_and_its_roles()
    {
        var catalog = Factory.Catalog;
        var roles = catalog.RolesIn(catalog.FindTrack(Factory.Edits.NewTrack)!).Select(r => r.Slug).ToList();

        var json = await Client().GetStringAsync(new Uri("/data/careers.json", UriKind.Relative));
        var csv = await Client().GetStringAsync(new Uri("/data/careers.csv", UriKind.Relative));

        Assert.Contains($"\"slug\": \"{Factory.Edits.NewTrack}\"", json, StringComparison.Ordinal);
        Assert.Contains($"\"slug\": \"{Factory.Edits.NewLevel}\"", json, StringComparison.Ordinal);
        Assert.All(roles, slug => Assert.Contains($"\"slug\": \"{slug}\"", json, StringComparison.Ordinal));
        Assert.All(roles, slug => Assert.Contains($"\r\n{slug},", csv, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Find_your_path_offers_the_new_tracks_focus_areas()
    {
        var track = Factory.Catalog.FindTrack(Factory.Edits.NewTrack)!;

        var page = await Client().GetHtmlDocumentAsync("/find-your-path");

        Assert.Equal(track.FocusAreas, page.QuerySelectorAll($"input[id^='interest-{track.Slug}-']").Select(i => i.GetAttribute("value")));
    }

    [Fact]
    public async Task The_added_role_is_in_its_tracks_table()
    {
        var role = Factory.Catalog.FindRole(Factory.Edits.AddedRole)!;

        var page = await Client().GetHtmlDocumentAsync($"/tracks/{role.Track.Slug}");

        Assert.Contains($"/roles/{role.Slug}", page.QuerySelectorAll("table.track-table a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task The_removed_role_is_a_404_and_no_page_links_to_it()
    {
        var removed = Factory.Edits.RemovedRole!;
        var crawler = await Factory.CrawlAsync();

        await Client().GetHtmlDocumentAsync($"/roles/{removed.Slug}", HttpStatusCode.NotFound);

        Assert.DoesNotContain(crawler.Links, l => l.Href.Split('#', '?')[0] == $"/roles/{removed.Slug}");
        Assert.DoesNotContain($"/roles/{removed.Slug}\"", await Client().GetStringAsync(new Uri("/data/careers.json", UriKind.Relative)), StringComparison.Ordinal);
    }
}
