using CareerPaths.Content.Model;

namespace CareerPaths.Web.Pages.Tracks;

/// <summary>The printable map of a track: its levels from the top down with their positions, and the backgrounds that lead into it.</summary>
internal sealed record PrintView(Track Track, IReadOnlyList<PrintedLevel> TopDown, IReadOnlyList<Background> WaysIn)
{
    public static PrintView Of(Catalog catalog, Track track)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return new PrintView(
            track,
            [.. catalog.Levels.Reverse().Select(level => new PrintedLevel(level, [.. catalog.RolesIn(track, level).Select(Printed)]))],
            [.. catalog.Backgrounds.Where(b => b.Role.Track == track)]);
    }

    private static PrintedRole Printed(Role role) =>
        new(role, role.NextSteps.Count > 0 ? string.Join(", ", role.NextSteps.Select(n => n.Title)) : null);
}
