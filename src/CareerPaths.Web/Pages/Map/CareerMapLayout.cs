using CareerPaths.Content.Model;

namespace CareerPaths.Web.Pages.Map;

/// <summary>
/// Where the career map puts each role: one column per track, one band per level (the top level
/// at the top), and in each band a row per role, up to <see cref="CareerMapSvg.MaxPerCell"/> per
/// track before a "more" node takes the rest.
/// </summary>
internal sealed record CareerMapLayout(
    IReadOnlyDictionary<string, (int X, int Y)> Nodes,
    IReadOnlyDictionary<string, int> Slots,
    IReadOnlyList<(Track Track, Level Level, int Hidden, int X, int Y)> More,
    IReadOnlyList<(Level Level, int Top, int Height)> Bands,
    int Height)
{
    public const int Gutter = 160;
    public const int NodeWidth = 200;
    public const int NodeHeight = 48;
    public const int NodeGap = 14;
    public const int ColumnWidth = Gutter + NodeWidth + 24;
    public const int HeaderHeight = 44;
    public const int BandHeader = 30;
    public const int BandPadding = 14;

    public static CareerMapLayout Of(Catalog catalog)
    {
        var nodes = new Dictionary<string, (int X, int Y)>(StringComparer.Ordinal);
        var slots = new Dictionary<string, int>(StringComparer.Ordinal);
        var more = new List<(Track Track, Level Level, int Hidden, int X, int Y)>();
        var bands = new List<(Level Level, int Top, int Height)>();
        var top = HeaderHeight;
        foreach (var level in catalog.Levels.Reverse())
        {
            var rows = Math.Max(1, catalog.Tracks.Max(t => Math.Min(catalog.RolesIn(t, level).Count, CareerMapSvg.MaxPerCell + 1)));
            var bandHeight = BandHeader + (rows * (NodeHeight + NodeGap)) + BandPadding;
            for (var t = 0; t < catalog.Tracks.Count; t++)
            {
                var roles = catalog.RolesIn(catalog.Tracks[t], level);
                var shown = roles.Count > CareerMapSvg.MaxPerCell + 1 ? CareerMapSvg.MaxPerCell : roles.Count;
                for (var r = 0; r < shown; r++)
                {
                    nodes[roles[r].Slug] = ((t * ColumnWidth) + Gutter, top + BandHeader + (r * (NodeHeight + NodeGap)));
                    slots[roles[r].Slug] = r;
                }

                if (shown < roles.Count)
                {
                    more.Add((catalog.Tracks[t], level, roles.Count - shown, (t * ColumnWidth) + Gutter, top + BandHeader + (shown * (NodeHeight + NodeGap))));
                }
            }

            bands.Add((level, top, bandHeight));
            top += bandHeight;
        }

        return new CareerMapLayout(nodes, slots, more, bands, top + 8);
    }
}
