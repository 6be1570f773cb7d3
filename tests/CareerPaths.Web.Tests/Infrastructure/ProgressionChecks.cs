using System.Globalization;
using AngleSharp.Dom;
using CareerPaths.Content.Model;
using CareerPaths.Web.Pages.Common;
using CareerPaths.Web.Pages.Map;

namespace CareerPaths.Web.Tests.Infrastructure;

/// <summary>/progression and /map draw every level and every track of any catalog, and their SVGs hold everything they draw.</summary>
internal static class ProgressionChecks
{
    public static async Task<IReadOnlyList<string>> ProgressionAsync(HttpClient client, Catalog catalog)
    {
        var page = await client.GetHtmlDocumentAsync("/progression");
        var problems = new List<string>();
        var names = catalog.Levels.Select(l => l.Name).ToList();
        Expect.Same(problems, "timeline", names, page.Texts("ol.timeline > li .level-name"));
        Expect.Same(problems, "salary chart labels", names, page.Texts("svg.salary-chart text.label"));
        Expect.True(problems, page.QuerySelectorAll("svg.salary-chart rect.bar").Length == catalog.Levels.Count, "the salary chart needs a bar per level");
        problems.AddRange(OutsideViewBox("salary chart", page.QuerySelector("svg.salary-chart")!, "rect, text"));
        Expect.Same(problems, "salary table", catalog.Levels.Select(l => $"{l.Name} {l.Years} {l.Salary.MinText} {l.Salary.MaxText}"), page.QuerySelectorAll("table.salary-table tbody tr").Select(r => string.Join(' ', r.Children.Select(c => c.Text()))));

        var ladders = page.QuerySelectorAll("section.ladder");
        Expect.Same(problems, "ladders", catalog.Tracks.Select(t => t.Slug), ladders.Select(l => l.GetAttribute("data-track")));
        foreach (var (track, ladder) in catalog.Tracks.Zip(ladders))
        {
            var rungs = ladder.QuerySelectorAll("ol > li");
            Expect.Same(problems, $"{track.Slug} ladder rungs", catalog.Levels.Reverse().Select(l => l.Label), rungs.Select(r => r.QuerySelector(".rung-level")?.Text()));
            foreach (var (level, rung) in catalog.Levels.Reverse().Zip(rungs))
            {
                var shown = catalog.RolesIn(track, level).Take(ListLimits.PerLevel).Select(r => "/roles/" + r.Slug);
                Expect.Same(problems, $"{track.Slug} ladder at {level.Slug}", shown, rung.QuerySelectorAll("a[href^='/roles/']").Select(a => a.GetAttribute("href")));
            }
        }

        return problems;
    }

    public static async Task<IReadOnlyList<string>> MapAsync(HttpClient client, Catalog catalog)
    {
        var page = await client.GetHtmlDocumentAsync("/map");
        var problems = new List<string>();
        var svg = page.QuerySelector("svg.career-map")!;
        Expect.Same(problems, "map columns", catalog.Tracks.Select(t => t.Title), svg.QuerySelectorAll("text.track-label").Select(t => t.Text()));
        Expect.Same(problems, "map bands", catalog.Levels.Reverse().Select(l => l.Name), svg.QuerySelectorAll("text.band-label").Select(t => t.Text().Split(" \u00b7 ")[0]));
        var drawn = catalog.Roles.Where(r =>
        {
            var cell = catalog.RolesIn(r.Track, r.Level).ToList();
            return cell.IndexOf(r) < (cell.Count > CareerMapSvg.MaxPerCell + 1 ? CareerMapSvg.MaxPerCell : cell.Count);
        });
        Expect.Same(problems, "map nodes", drawn.Select(r => $"/roles/{r.Slug} {r.Track.Slug}"), svg.QuerySelectorAll("a.node[data-track]").Select(a => $"{a.GetAttribute("href")} {a.GetAttribute("data-track")}"));
        problems.AddRange(OutsideViewBox("career map", svg, "rect.band, a.node rect, text[x]"));
        Expect.Same(problems, "map as text", catalog.Tracks.Select(t => t.Title), page.Texts(".ladders .ladder h3"));
        return problems;
    }

    /// <summary>Shapes and text that stick out of the drawing would be cut off: every one must start and end inside the viewBox (text by its anchor point).</summary>
    private static IEnumerable<string> OutsideViewBox(string what, IElement svg, string selector)
    {
        var box = svg.GetAttribute("viewBox")!.Split(' ').Select(n => double.Parse(n, CultureInfo.InvariantCulture)).ToArray();
        double Number(IElement e, string name) => double.Parse(e.GetAttribute(name) ?? "0", CultureInfo.InvariantCulture);
        return svg.QuerySelectorAll(selector)
            .Where(r => Number(r, "x") < 0 || Number(r, "y") < 0 || Number(r, "x") + Number(r, "width") > box[2] || Number(r, "y") + Number(r, "height") > box[3])
            .Select(r => $"{what}: a {r.LocalName} at x={r.GetAttribute("x")} y={r.GetAttribute("y")} sticks out of the {box[2]}x{box[3]} drawing");
    }
}
