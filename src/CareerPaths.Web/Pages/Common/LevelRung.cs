using CareerPaths.Content.Addresses;
using CareerPaths.Content.Model;

namespace CareerPaths.Web.Pages.Common;

/// <summary>
/// The roles of one track at one level as an overview lists them: the first
/// <see cref="ListLimits.PerLevel"/>, and how many more the full, filtered roles list has.
/// </summary>
internal sealed record LevelRung(Track Track, Level Level, IReadOnlyList<Role> Shown, int Hidden)
{
    /// <summary>The roles list filtered to this track and level, where the hidden ones are.</summary>
    public SitePath Rest => SiteMap.Roles(Track, Level);

    public static LevelRung Of(Catalog catalog, Track track, Level level)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var roles = catalog.RolesIn(track, level);
        return new LevelRung(track, level, [.. roles.Take(ListLimits.PerLevel)], Math.Max(0, roles.Count - ListLimits.PerLevel));
    }
}
