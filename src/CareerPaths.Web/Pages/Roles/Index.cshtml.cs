using CareerPaths.Content.Addresses;
using CareerPaths.Content.Loading;
using CareerPaths.Content.Model;
using CareerPaths.Web.LiveContent;
using CareerPaths.Web.Pages.Common;

namespace CareerPaths.Web.Pages.Roles;

/// <summary>Every position, filtered on the server by ?track= and ?level=, so the filters work without JavaScript.</summary>
public sealed class IndexModel(CatalogStore store) : SectionPageModel(store, SiteSections.Roles, "Roles")
{
    public Track? SelectedTrack { get; private set; }

    public Level? SelectedLevel { get; private set; }

    /// <summary>A filter value that names no track or level, echoed back (encoded) so the visitor knows why it was ignored.</summary>
    public IReadOnlyList<string> IgnoredFilters { get; private set; } = [];

    /// <summary>Roles per page: every real track fits on one, and a catalog of thousands stays light.</summary>
    public const int PageSize = 60;

    public IReadOnlyList<Role> Results { get; private set; } = [];

    /// <summary>How many roles match the filters, across all pages.</summary>
    public int Total { get; private set; }

    public int PageNumber { get; private set; } = 1;

    public int PageCount { get; private set; } = 1;

    // "page" is also Razor Pages' own route value (the page's name), so read it from the query.
    public void OnGet(string? track, string? level, [Microsoft.AspNetCore.Mvc.FromQuery(Name = "page")] string? pageNumber)
    {
        SelectedTrack = Catalog.FindTrack(track);
        SelectedLevel = Catalog.FindLevel(level);
        var ignored = new List<string>();
        if (!string.IsNullOrEmpty(track) && SelectedTrack is null)
        {
            ignored.Add($"track \u201c{Shorten(track)}\u201d");
        }

        if (!string.IsNullOrEmpty(level) && SelectedLevel is null)
        {
            ignored.Add($"level \u201c{Shorten(level)}\u201d");
        }

        IgnoredFilters = ignored;
        var matching = Catalog.Roles.Where(r => (SelectedTrack is null || r.Track == SelectedTrack) && (SelectedLevel is null || r.Level == SelectedLevel)).ToList();
        Total = matching.Count;
        PageCount = Math.Max(1, (Total + PageSize - 1) / PageSize);
        PageNumber = int.TryParse(pageNumber, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
            ? Math.Clamp(number, 1, PageCount)
            : 1;
        Results = [.. matching.Skip((PageNumber - 1) * PageSize).Take(PageSize)];
        var filtered = SelectedTrack is not null || SelectedLevel is not null;
        Meta = SectionMeta() with { NoIndex = filtered || ignored.Count > 0 };
    }

    /// <summary>"Showing 6 of 20 roles in the Operations track." or, across pages, "Showing 61–120 of 3,334 roles at Mid-Level."</summary>
    public string CountText
    {
        get
        {
            var scope = (SelectedTrack is not null ? $" in the {SelectedTrack.Name} track" : string.Empty)
                + (SelectedLevel is not null ? $" at {SelectedLevel.Name}" : string.Empty);
            var first = ((PageNumber - 1) * PageSize) + 1;
            return PageCount > 1
                ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Showing {first}\u2013{first + Results.Count - 1} of {Total:#,0} roles{scope}.")
                : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Showing {Results.Count} of {Catalog.Roles.Count:#,0} roles{scope}.");
        }
    }

    public string FilterUrl(string? track, string? level, int pageNumber = 1) => Links.Href(SiteMap.Roles(track, level, pageNumber));

    private static string Shorten(string value) => value.Length > 40 ? value[..40] + "\u2026" : value;
}
