using CareerPaths.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CareerPaths.Browser.Tests.Pages;

/// <summary>
/// With a fourth track and a fifth level, the pages that lay tracks and levels side by side still
/// have no axe violations at desktop and phone widths, in light and dark mode, and still fit in
/// 320 px: the overview, /progression, /map, /tracks, the new track's page and one of its roles.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class EditedContentTests(BrowserSite site, EditedSite edited) : IClassFixture<EditedSite>
{
    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task The_pages_of_a_site_with_four_tracks_have_no_axe_violations(ColorScheme scheme)
    {
        await using var context = await site.NewContextAsync(colorScheme: scheme, baseAddress: edited.BaseAddress);
        await AxeScanner.PrepareAsync(context);

        var violations = await AxeScanner.ScanAsync(await context.NewPageAsync(), Pages(), AxeScanner.DesktopAndPhone);

        Problems.AssertNone(violations, $"axe violations with four tracks in {scheme} mode");
    }

    [Fact]
    public async Task The_pages_of_a_site_with_four_tracks_fit_in_320_pixels()
    {
        await using var context = await site.NewContextAsync(width: 320, height: 640, baseAddress: edited.BaseAddress);

        var problems = await OverflowMeter.WiderThanTheWindowAsync(await context.NewPageAsync(), Pages());

        Problems.AssertNone(problems, "pages wider than 320 px with four tracks");
    }

    /// <summary>Chosen from the edited catalog: the pages that grow with the number of tracks and levels.</summary>
    private List<string> Pages()
    {
        var catalog = edited.Catalog;
        var track = catalog.FindTrack(edited.Edits.NewTrack)!;
        Assert.True(catalog.Tracks.Count >= 4 && catalog.Levels.Count >= 5, "the edited site should have a fourth track and a fifth level");
        return ["/", "/progression", "/map", "/tracks", $"/tracks/{track.Slug}", $"/roles/{catalog.RolesIn(track)[^1].Slug}"];
    }
}
