using CareerPaths.Content.Model;
using CareerPaths.Web.Pages.Common;

namespace CareerPaths.Web.Pages.Map;

/// <summary>One track of the text map: for each level, bottom up, the roles shown and how many more there are.</summary>
internal sealed record MapLadder(Track Track, IReadOnlyList<(LevelRung Rung, IReadOnlyList<MapEntry> Entries)> Rungs)
{
    public static MapLadder Of(Catalog catalog, Track track)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return new MapLadder(track, [.. catalog.Levels.Select(level =>
        {
            var rung = LevelRung.Of(catalog, track, level);
            return (rung, (IReadOnlyList<MapEntry>)[.. rung.Shown.Select(role => Entry(catalog, role))]);
        })]);
    }

    private static MapEntry Entry(Catalog catalog, Role role)
    {
        var from = catalog.BackgroundsLeadingTo(role);
        return new MapEntry(
            role,
            from.Count > 0 ? string.Join(", ", from.Select(b => b.Name)) : null,
            role.NextSteps.Count > 0 ? string.Join(", ", role.NextSteps.Select(n => n.Title)) : null);
    }
}
