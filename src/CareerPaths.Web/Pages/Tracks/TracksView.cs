using CareerPaths.Content.Model;

namespace CareerPaths.Web.Pages.Tracks;

/// <summary>The track cards, and the table of positions with a column per track and a row per level.</summary>
internal sealed record TracksView(IReadOnlyList<Track> Tracks, IReadOnlyList<PositionsAtLevel> Rows)
{
    public static TracksView Of(Catalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return new TracksView(
            catalog.Tracks,
            [.. catalog.Levels.Select(level => new PositionsAtLevel(level, [.. catalog.Tracks.Select(track => catalog.RolesIn(track, level))]))]);
    }
}
