using System.Globalization;
using CareerPaths.Content.Model;

namespace CareerPaths.Web.Pages.Roles;

/// <summary>
/// The roles list: the filter choices and what is chosen, the filters that named nothing, and one
/// page of the matching roles.
/// </summary>
/// <param name="IgnoredFilters">A filter value that names no track or level, echoed back (encoded) so the visitor knows why it was ignored.</param>
/// <param name="Total">How many roles match the filters, across all pages.</param>
/// <param name="CatalogSize">How many roles there are in all.</param>
internal sealed record RoleListView(
    IReadOnlyList<Track> Tracks,
    IReadOnlyList<Level> Levels,
    Track? SelectedTrack,
    Level? SelectedLevel,
    IReadOnlyList<string> IgnoredFilters,
    IReadOnlyList<Role> Results,
    int Total,
    int CatalogSize,
    int PageNumber,
    int PageCount,
    int PageSize)
{
    public bool IsUnfiltered => SelectedTrack is null && SelectedLevel is null;

    /// <summary>"Showing 6 of 20 roles in the Operations track." or, across pages, "Showing 61–120 of 3,334 roles at Mid-Level."</summary>
    public string CountText
    {
        get
        {
            var scope = (SelectedTrack is not null ? $" in the {SelectedTrack.Name} track" : string.Empty)
                + (SelectedLevel is not null ? $" at {SelectedLevel.Name}" : string.Empty);
            var first = ((PageNumber - 1) * PageSize) + 1;
            return PageCount > 1
                ? string.Create(CultureInfo.InvariantCulture, $"Showing {first}\u2013{first + Results.Count - 1} of {Total:#,0} roles{scope}.")
                : string.Create(CultureInfo.InvariantCulture, $"Showing {Results.Count} of {CatalogSize:#,0} roles{scope}.");
        }
    }
}
