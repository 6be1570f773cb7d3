using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using CareerPaths.Content.Addresses;
using CareerPaths.Content.Model;

namespace CareerPaths.Web.Pages.Map;

/// <summary>
/// Draws the career map on the server: one column per track, one band per level (executive at
/// the top), a linked node per role, curved arrows for the usual next steps, and each
/// background coming in from the side of the role it leads to.
/// </summary>
public static class CareerMapSvg
{
    private const int Gutter = 160;
    private const int NodeWidth = 200;
    private const int NodeHeight = 48;
    private const int NodeGap = 14;
    private const int ColumnWidth = Gutter + NodeWidth + 24;
    private const int HeaderHeight = 44;
    private const int BandHeader = 30;
    private const int BandPadding = 14;

    /// <summary>Roles drawn per track and level; beyond this a "more" node links to the full list.</summary>
    public const int MaxPerCell = 4;

    public static string Render(Catalog catalog, string titleId, string descId, Func<SitePath, string> href)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var layout = Layout(catalog, out var height);
        var width = (catalog.Tracks.Count * ColumnWidth) + 8;
        var html = HtmlEncoder.Default;
        var svg = new StringBuilder();
        Append(svg, $"<svg class=\"career-map\" viewBox=\"0 0 {width} {height}\" aria-labelledby=\"{titleId}\" aria-describedby=\"{descId}\" xmlns=\"http://www.w3.org/2000/svg\">");
        Append(svg, $"<title id=\"{titleId}\">Career map of every AI security role by track and level</title>");
        Append(svg, $"<desc id=\"{descId}\">Columns are the {catalog.Tracks.Count} tracks; rows are the levels from {catalog.Levels[0].Name} at the bottom to {catalog.Levels[^1].Name} at the top. Arrows show the usual next step; backgrounds on the left of a role show where people enter. The same information follows as lists.</desc>");
        svg.Append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0 0 L10 5 L0 10 z\"/></marker></defs>");

        foreach (var band in layout.Bands)
        {
            Append(svg, $"<rect class=\"band\" x=\"0\" y=\"{band.Top}\" width=\"{width}\" height=\"{band.Height}\"/>");
            Append(svg, $"<text class=\"band-label\" x=\"8\" y=\"{band.Top + 20}\">{html.Encode($"{band.Level.Name} \u00b7 {band.Level.Years} \u00b7 {band.Level.Salary.Text}")}</text>");
        }

        for (var i = 0; i < catalog.Tracks.Count; i++)
        {
            var x = (i * ColumnWidth) + Gutter + (NodeWidth / 2);
            Append(svg, $"<text class=\"track-label\" x=\"{x}\" y=\"28\" text-anchor=\"middle\">{html.Encode(catalog.Tracks[i].Title)}</text>");
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
                Append(svg, $"<path class=\"step\" d=\"M{from.X + NodeWidth} {y1} H{lane} V{y2} H{to.X + NodeWidth + 3}\" marker-end=\"url(#arrow)\"/>");
            }
        }

        foreach (var (track, level, hidden, x, y) in layout.More)
        {
            Append(svg, $"<a href=\"{html.Encode(href(SiteMap.Roles(track, level)))}\" class=\"node more\">");
            Append(svg, $"<rect x=\"{x}\" y=\"{y}\" width=\"{NodeWidth}\" height=\"{NodeHeight}\" rx=\"8\"/>");
            Append(svg, $"<text x=\"{x + (NodeWidth / 2)}\" y=\"{y + 29}\" text-anchor=\"middle\">+{hidden} more roles</text></a>");
        }

        foreach (var role in catalog.Roles.Where(r => layout.Nodes.ContainsKey(r.Slug)))
        {
            var node = layout.Nodes[role.Slug];
            Append(svg, $"<a href=\"{html.Encode(href(SiteMap.Role(role)))}\" class=\"node\" data-track=\"{role.Track.Slug}\">");
            Append(svg, $"<rect x=\"{node.X}\" y=\"{node.Y}\" width=\"{NodeWidth}\" height=\"{NodeHeight}\" rx=\"8\"/>");
            var lines = Wrap(role.Title);
            var firstBaseline = node.Y + (lines.Count == 1 ? 29 : 21);
            Append(svg, $"<text x=\"{node.X + (NodeWidth / 2)}\" y=\"{firstBaseline}\" text-anchor=\"middle\">");
            for (var l = 0; l < lines.Count; l++)
            {
                Append(svg, $"<tspan x=\"{node.X + (NodeWidth / 2)}\" dy=\"{(l == 0 ? 0 : 16)}\">{html.Encode(lines[l])}</tspan>");
            }

            svg.Append("</text></a>");
            var entries = catalog.BackgroundsLeadingTo(role);
            for (var b = 0; b < entries.Count; b++)
            {
                var y = node.Y + 14 + (b * 16);
                Append(svg, $"<text class=\"entry\" x=\"{node.X - 30}\" y=\"{y + 4}\" text-anchor=\"end\">{html.Encode(entries[b].Name)}</text>");
                Append(svg, $"<line class=\"entry-line\" x1=\"{node.X - 26}\" y1=\"{y}\" x2=\"{node.X - 3}\" y2=\"{y}\" marker-end=\"url(#arrow)\"/>");
            }
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    private static MapLayout Layout(Catalog catalog, out int height)
    {
        var nodes = new Dictionary<string, (int X, int Y)>(StringComparer.Ordinal);
        var slots = new Dictionary<string, int>(StringComparer.Ordinal);
        var more = new List<(string Track, string Level, int Hidden, int X, int Y)>();
        var bands = new List<(Level Level, int Top, int Height)>();
        var top = HeaderHeight;
        foreach (var level in catalog.Levels.Reverse())
        {
            var rows = Math.Max(1, catalog.Tracks.Max(t => Math.Min(catalog.RolesIn(t, level).Count, MaxPerCell + 1)));
            var bandHeight = BandHeader + (rows * (NodeHeight + NodeGap)) + BandPadding;
            for (var t = 0; t < catalog.Tracks.Count; t++)
            {
                var roles = catalog.RolesIn(catalog.Tracks[t], level);
                var shown = roles.Count > MaxPerCell + 1 ? MaxPerCell : roles.Count;
                for (var r = 0; r < shown; r++)
                {
                    nodes[roles[r].Slug] = ((t * ColumnWidth) + Gutter, top + BandHeader + (r * (NodeHeight + NodeGap)));
                    slots[roles[r].Slug] = r;
                }

                if (shown < roles.Count)
                {
                    more.Add((catalog.Tracks[t].Slug, level.Slug, roles.Count - shown, (t * ColumnWidth) + Gutter, top + BandHeader + (shown * (NodeHeight + NodeGap))));
                }
            }

            bands.Add((level, top, bandHeight));
            top += bandHeight;
        }

        height = top + 8;
        return new MapLayout(nodes, slots, more, bands);
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

    private static void Append(StringBuilder svg, FormattableString text) => svg.Append(text.ToString(CultureInfo.InvariantCulture));

    private sealed record MapLayout(
        Dictionary<string, (int X, int Y)> Nodes,
        Dictionary<string, int> Slots,
        List<(string Track, string Level, int Hidden, int X, int Y)> More,
        List<(Level Level, int Top, int Height)> Bands);
}
