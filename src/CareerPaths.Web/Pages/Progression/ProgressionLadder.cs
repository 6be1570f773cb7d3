using CareerPaths.Content.Model;
using CareerPaths.Web.Pages.Common;

namespace CareerPaths.Web.Pages.Progression;

/// <summary>One track's ladder: its rungs from the top level down, as a column is read from the bottom up.</summary>
internal sealed record ProgressionLadder(Track Track, IReadOnlyList<LevelRung> TopDown)
{
    public static ProgressionLadder Of(Catalog catalog, Track track)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return new ProgressionLadder(track, [.. catalog.Levels.Reverse().Select(level => LevelRung.Of(catalog, track, level))]);
    }
}
