using CareerPaths.Content.Colors;
using CareerPaths.Content.Model;

namespace CareerPaths.Web.Tests.Infrastructure;

/// <summary>Each track's page, printable map and colour, and each role's page, for any catalog.</summary>
internal static class TrackChecks
{
    /// <summary>Focus areas, "Best for", and the progression table with every role of the track in level order.</summary>
    public static async Task<IReadOnlyList<string>> TrackPagesAsync(HttpClient client, Catalog catalog)
    {
        var problems = new List<string>();
        foreach (var track in catalog.Tracks)
        {
            var url = $"/tracks/{track.Slug}";
            var page = await client.GetHtmlDocumentAsync(url);
            Expect.Same(problems, $"{url} heading", [track.Title], [page.QuerySelector("main h1")?.Text()]);
            Expect.Same(problems, $"{url} focus areas", track.FocusAreas, page.Texts("main .track-facts .focus-areas li"));
            var rows = page.QuerySelectorAll("table.track-table tbody tr");
            var roles = catalog.RolesIn(track);
            Expect.Same(problems, $"{url} positions", roles.Select(r => "/roles/" + r.Slug), rows.Select(r => r.QuerySelector("th[data-label=Position] a")?.GetAttribute("href")));
            Expect.Same(problems, $"{url} levels", roles.Select(r => r.Level.Label), rows.Select(r => r.QuerySelector("td[data-label=Level]")?.Text()));
            var ranks = roles.Select(r => r.Level.Rank).ToList();
            Expect.True(problems, ranks.SequenceEqual(ranks.Order()), $"{url} lists its roles out of level order");
            Expect.True(problems, catalog.Levels.All(l => roles.Any(r => r.Level == l)), $"{url} lacks a level");
        }

        return problems;
    }

    public static async Task<IReadOnlyList<string>> PrintPagesAsync(HttpClient client, Catalog catalog)
    {
        var problems = new List<string>();
        foreach (var track in catalog.Tracks)
        {
            var url = $"/tracks/{track.Slug}/print";
            var page = await client.GetHtmlDocumentAsync(url);
            var levels = page.QuerySelectorAll("ol.print-levels > li");
            Expect.Same(problems, $"{url} levels", catalog.Levels.Reverse().Select(l => l.Name), levels.Select(l => l.QuerySelector("h2")!.FirstChild!.TextContent));
            foreach (var (level, item) in catalog.Levels.Reverse().Zip(levels))
            {
                Expect.Same(problems, $"{url} at {level.Slug}", catalog.RolesIn(track, level).Select(r => "/roles/" + r.Slug), item.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
            }
        }

        return problems;
    }

    /// <summary>Every role's page says which track and level it is on.</summary>
    public static async Task<IReadOnlyList<string>> RolePagesAsync(HttpClient client, Catalog catalog)
    {
        var problems = new List<string>();
        foreach (var role in catalog.Roles)
        {
            var url = $"/roles/{role.Slug}";
            var page = await client.GetHtmlDocumentAsync(url);
            var facts = page.QuerySelectorAll(".role-facts div").ToDictionary(d => d.QuerySelector("dt")!.Text(), d => d.QuerySelector("dd")!.Text());
            Expect.Same(problems, $"{url} facts", [role.Title, role.Track.Name, role.Level.Name], [page.QuerySelector("main h1")?.Text(), facts.GetValueOrDefault("Track"), facts.GetValueOrDefault("Level")]);
        }

        return problems;
    }

    /// <summary>The linked stylesheet gives each track its colour (its own, or the palette's by its place) and a dark shade.</summary>
    public static async Task<IReadOnlyList<string>> StylesheetAsync(HttpClient client, Catalog catalog)
    {
        var page = await client.GetHtmlDocumentAsync("/");
        var problems = new List<string>();
        var href = page.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!).FirstOrDefault(h => h.StartsWith("/css/tracks.css?v=", StringComparison.Ordinal));
        if (href is null)
        {
            return ["the pages do not link /css/tracks.css"];
        }

        var css = await client.GetStringAsync(new Uri(href, UriKind.Relative));
        var dark = css.IndexOf("@media (prefers-color-scheme: dark)", StringComparison.Ordinal);
        Expect.True(problems, dark > 0, "tracks.css has no dark-mode colours");
        foreach (var color in TrackPalette.Resolve(catalog.Tracks.Select(t => (t.Slug, t.Color))))
        {
            var light = css.IndexOf($"[data-track=\"{color.Slug}\"] {{ --track-color: {color.Light}; }}", StringComparison.Ordinal);
            var shade = css.LastIndexOf($"[data-track=\"{color.Slug}\"] {{ --track-color: {color.Dark}; }}", StringComparison.Ordinal);
            Expect.True(problems, light >= 0 && light < dark, $"tracks.css gives {color.Slug} no light colour {color.Light}");
            Expect.True(problems, shade > dark, $"tracks.css gives {color.Slug} no dark shade {color.Dark}");
        }

        return problems;
    }
}
