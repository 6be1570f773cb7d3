using CareerPaths.Content.Model;

namespace CareerPaths.Web.Pages.Roles;

/// <summary>
/// The roles list: the filter choices and what is chosen, the filters that named nothing, and one
/// page of the matching roles.
/// </summary>
/// <param name="IgnoredFilters">A filter value that names no track or level, echoed back (encoded) so the visitor knows why it was ignored.</param>
/// <param name="Total">How many roles match the filters, across all pages.</param>
/// <param name="CatalogSize">How many roles there are in all.</param>
/// <param name="Text">The interface text of the page's language, for the count sentence.</param>
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
    int PageSize,
    InterfaceText Text)
{
    public bool IsUnfiltered => SelectedTrack is null && SelectedLevel is null;

    /// <summary>"Showing 6 of 20 roles in the Operations track." or, across pages, "Showing 61–120 of 3,334 roles at Mid-Level."</summary>
    public string CountText
    {
        get
        {
            var scope = string.Concat(
                (SelectedTrack is not null ? " " + Text["roles.scope-track", ("track", SelectedTrack.Name)] : string.Empty),
                (SelectedLevel is not null ? " " + Text["roles.scope-level", ("level", SelectedLevel.Name)] : string.Empty));
            var first = ((PageNumber - 1) * PageSize) + 1;
            return PageCount > 1
                ? Text["roles.count-range", ("first", first), ("last", first + Results.Count - 1), ("total", Text.Number(Total)), ("scope", scope)]
                : Text["roles.count", ("count", Results.Count), ("total", Text.Number(CatalogSize)), ("scope", scope)];
        }
    }
}
