using CareerPaths.Content.Addresses;
using CareerPaths.Content.Model;
using CareerPaths.Web.Drawing;
using Microsoft.AspNetCore.Html;
using static CareerPaths.Web.Pages.Map.CareerMapLayout;

namespace CareerPaths.Web.Pages.Map;

/// <summary>
/// Draws the career map on the server: one column per track, one band per level (executive at
/// the top), a linked node per role, curved arrows for the usual next steps, and each
/// background coming in from the side of the role it leads to.
/// </summary>
internal static class CareerMapSvg
{
    /// <summary>Roles drawn per track and level; beyond this a "more" node links to the full list.</summary>
    public const int MaxPerCell = 4;

    public static IHtmlContent Render(Catalog catalog, string titleId, string descId, Func<SitePath, string> href)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(href);
        var text = catalog.Text;
        var layout = Of(catalog);
        var width = (catalog.Tracks.Count * ColumnWidth) + 8;
        var svg = new SvgWriter();
        svg.Start("svg").Attr("class", "career-map").Attr("viewBox", $"0 0 {width} {layout.Height}")
            .Attr("aria-labelledby", titleId).Attr("aria-describedby", descId).Attr("xmlns", "http://www.w3.org/2000/svg");
        svg.Start("title").Attr("id", titleId).Text(text["map.svg-title"]).End();
        svg.Start("desc").Attr("id", descId)
            .Text(text["map.svg-desc", ("count", catalog.Tracks.Count), ("lowest", catalog.Levels[0].Name), ("highest", catalog.Levels[^1].Name)])
            .End();
        svg.Start("defs").Start("marker").Attr("id", "arrow").Attr("viewBox", "0 0 10 10").Attr("refX", 9).Attr("refY", 5)
            .Attr("markerWidth", 7).Attr("markerHeight", 7).Attr("orient", "auto-start-reverse")
            .Start("path").Attr("d", "M0 0 L10 5 L0 10 z").End().End().End();

        foreach (var (level, top, height) in layout.Bands)
        {
            svg.Start("rect").Attr("class", "band").Attr("x", 0).Attr("y", top).Attr("width", width).Attr("height", height).End();
            var label = $"{level.Name} \u00b7 {text.Years(level)} \u00b7 {text.Salary(level.Salary)}";
            svg.Start("text").Attr("class", "band-label").Attr("x", 8).Attr("y", top + 20).Text(label).End();
        }

        for (var i = 0; i < catalog.Tracks.Count; i++)
        {
            var x = (i * ColumnWidth) + Gutter + (NodeWidth / 2);
            svg.Start("text").Attr("class", "track-label").Attr("x", x).Attr("y", 28).Attr("text-anchor", "middle").Text(catalog.Tracks[i].Title).End();
        }

        // Next steps run up a lane to the right of the column, one lane per role in a band, and
        // enter the next role from its right side, so no arrow crosses a role.
        foreach (var role in catalog.Roles.Where(r => layout.Nodes.ContainsKey(r.Slug)))
        {
            var from = layout.Nodes[role.Slug];
            var lane = from.X + NodeWidth + 8 + (layout.Slots[role.Slug] * 7);
            foreach (var next in role.NextSteps.Where(n => layout.Nodes.ContainsKey(n.Slug)))
            {
                var to = layout.Nodes[next.Slug];
                var (y1, y2) = (from.Y + (NodeHeight / 2), to.Y + (NodeHeight / 2) + 6);
                svg.Start("path").Attr("class", "step").Attr("d", $"M{from.X + NodeWidth} {y1} H{lane} V{y2} H{to.X + NodeWidth + 3}").Attr("marker-end", "url(#arrow)").End();
            }
        }

        foreach (var (track, level, hidden, x, y) in layout.More)
        {
            svg.Start("a").Attr("href", href(SiteMap.Roles(track, level))).Attr("class", "node more");
            svg.Start("rect").Attr("x", x).Attr("y", y).Attr("width", NodeWidth).Attr("height", NodeHeight).Attr("rx", 8).End();
            svg.Start("text").Attr("x", x + (NodeWidth / 2)).Attr("y", y + 29).Attr("text-anchor", "middle").Text(text["map.more-roles", ("count", hidden)]).End().End();
        }

        foreach (var role in catalog.Roles.Where(r => layout.Nodes.ContainsKey(r.Slug)))
        {
            DrawRole(svg, role, layout.Nodes[role.Slug], catalog.BackgroundsLeadingTo(role), href);
        }

        return svg.End().ToHtml();
    }

    /// <summary>A role's linked node, its title on one or two lines, and the backgrounds that lead into it from the left.</summary>
    private static void DrawRole(SvgWriter svg, Role role, (int X, int Y) node, IReadOnlyList<Background> entries, Func<SitePath, string> href)
    {
        svg.Start("a").Attr("href", href(SiteMap.Role(role))).Attr("class", "node").Attr("data-track", role.Track.Slug);
        svg.Start("rect").Attr("x", node.X).Attr("y", node.Y).Attr("width", NodeWidth).Attr("height", NodeHeight).Attr("rx", 8).End();
        var lines = Wrap(role.Title);
        svg.Start("text").Attr("x", node.X + (NodeWidth / 2)).Attr("y", node.Y + (lines.Count == 1 ? 29 : 21)).Attr("text-anchor", "middle");
        for (var l = 0; l < lines.Count; l++)
        {
            svg.Start("tspan").Attr("x", node.X + (NodeWidth / 2)).Attr("dy", l == 0 ? 0 : 16).Text(lines[l]).End();
        }

        svg.End().End();
        for (var b = 0; b < entries.Count; b++)
        {
            var y = node.Y + 14 + (b * 16);
            svg.Start("text").Attr("class", "entry").Attr("x", node.X - 30).Attr("y", y + 4).Attr("text-anchor", "end").Text(entries[b].Name).End();
            svg.Start("line").Attr("class", "entry-line").Attr("x1", node.X - 26).Attr("y1", y).Attr("x2", node.X - 3).Attr("y2", y).Attr("marker-end", "url(#arrow)").End();
        }
    }

    /// <summary>Breaks a long title into two lines at the space nearest its middle.</summary>
    private static List<string> Wrap(string title)
    {
        if (title.Length <= 24)
        {
            return [title];
        }

        var middle = title.Length / 2;
        var split = Enumerable.Range(0, title.Length).Where(i => title[i] == ' ').OrderBy(i => Math.Abs(i - middle)).FirstOrDefault(-1);
        return split < 0 ? [title] : [title[..split], title[(split + 1)..]];
    }
}
