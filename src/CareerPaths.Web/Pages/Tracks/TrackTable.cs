using CareerPaths.Content.Model;

namespace CareerPaths.Web.Pages.Tracks;

/// <summary>A track's progression table: its positions in level order, and the levels the caption says it runs between.</summary>
internal sealed record TrackTable(Track Track, IReadOnlyList<Role> Positions, Level Lowest, Level Highest)
{
    public static TrackTable Of(Catalog catalog, Track track)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return new TrackTable(track, catalog.RolesIn(track), catalog.Levels[0], catalog.Levels[^1]);
    }
}
