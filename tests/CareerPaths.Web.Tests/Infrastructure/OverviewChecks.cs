using AngleSharp.Dom;
using CareerPaths.Content.Model;

namespace CareerPaths.Web.Tests.Infrastructure;

/// <summary>The overview and /tracks show every track and every level of any catalog, in the catalog's order.</summary>
internal static class OverviewChecks
{
    public static async Task<IReadOnlyList<string>> OverviewAsync(HttpClient client, Catalog catalog)
    {
        var page = await client.GetHtmlDocumentAsync("/");
        var problems = new List<string>();
        TrackCards(problems, "/", page, catalog);
        Expect.Same(problems, "/ progression strip", catalog.Levels.Select(l => $"{l.Name} {l.Years} {l.Salary.Text}"), page.Texts(".level-strip li"));
        return problems;
    }

    public static async Task<IReadOnlyList<string>> TracksIndexAsync(HttpClient client, Catalog catalog)
    {
        var page = await client.GetHtmlDocumentAsync("/tracks");
        var problems = new List<string>();
        TrackCards(problems, "/tracks", page, catalog);
        var table = page.QuerySelector("table.compare-table")!;
        Expect.Same(problems, "/tracks table columns", catalog.Tracks.Select(t => "/tracks/" + t.Slug), table.QuerySelectorAll("thead th a").Select(a => a.GetAttribute("href")));
        var rows = table.QuerySelectorAll("tbody tr");
        Expect.Same(problems, "/tracks table rows", catalog.Levels.Select(l => $"{l.Name} {l.Years}"), rows.Select(r => r.QuerySelector("th")!.Text()));
        foreach (var (level, row) in catalog.Levels.Zip(rows))
        {
            var cells = row.QuerySelectorAll("td");
            Expect.True(problems, cells.Length == catalog.Tracks.Count, $"/tracks row {level.Slug} has {cells.Length} cells for {catalog.Tracks.Count} tracks");
            foreach (var (track, cell) in catalog.Tracks.Zip(cells))
            {
                Expect.Same(problems, $"/tracks cell {track.Slug}/{level.Slug}", catalog.RolesIn(track, level).Select(r => "/roles/" + r.Slug), cell.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
            }
        }

        return problems;
    }

    /// <summary>A card per track with its title, link, colour, focus areas and "Best for".</summary>
    private static void TrackCards(List<string> problems, string url, IDocument page, Catalog catalog)
    {
        var cards = page.QuerySelectorAll("article.track-card");
        Expect.Same(problems, $"{url} track cards", catalog.Tracks.Select(t => t.Title), cards.Select(c => c.QuerySelector("h3")?.Text()));
        Expect.Same(problems, $"{url} track card links", catalog.Tracks.Select(t => "/tracks/" + t.Slug), cards.Select(c => c.QuerySelector("h3 a")?.GetAttribute("href")));
        Expect.Same(problems, $"{url} track card colours", catalog.Tracks.Select(t => t.Slug), cards.Select(c => c.GetAttribute("data-track")));
        foreach (var (track, card) in catalog.Tracks.Zip(cards))
        {
            Expect.Same(problems, $"{url} {track.Slug} focus areas", track.FocusAreas, card.QuerySelectorAll(".focus-areas li").Select(li => li.Text()));
            Expect.Same(problems, $"{url} {track.Slug} best for", [$"Best for: {track.BestFor}"], [card.QuerySelector(".best-for")?.Text()]);
        }
    }
}
