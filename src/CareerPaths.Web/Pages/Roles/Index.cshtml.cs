using System.Globalization;
using CareerPaths.Content.Addresses;
using CareerPaths.Content.Loading;
using CareerPaths.Web.LiveContent;
using CareerPaths.Web.Pages.Common;
using Microsoft.AspNetCore.Mvc;

namespace CareerPaths.Web.Pages.Roles;

/// <summary>Every position, filtered on the server by ?track= and ?level=, so the filters work without JavaScript.</summary>
internal sealed class IndexModel(CatalogStore store) : SectionPageModel(store, SiteSections.Roles, "Roles")
{
    /// <summary>Roles per page: every real track fits on one, and a catalog of thousands stays light.</summary>
    public const int PageSize = 60;

    public RoleListView View { get; private set; } = null!;

    // "page" is also Razor Pages' own route value (the page's name), so read it from the query.
    public void OnGet(string? track, string? level, [FromQuery(Name = "page")] string? pageNumber)
    {
        var selectedTrack = Catalog.FindTrack(track);
        var selectedLevel = Catalog.FindLevel(level);
        var ignored = new List<string>();
        if (!string.IsNullOrEmpty(track) && selectedTrack is null)
        {
            ignored.Add(T["roles.ignored-track", ("value", Shorten(track))]);
        }

        if (!string.IsNullOrEmpty(level) && selectedLevel is null)
        {
            ignored.Add(T["roles.ignored-level", ("value", Shorten(level))]);
        }

        var matching = Catalog.Roles.Where(r => (selectedTrack is null || r.Track == selectedTrack) && (selectedLevel is null || r.Level == selectedLevel)).ToList();
        var pageCount = Math.Max(1, (matching.Count + PageSize - 1) / PageSize);
        var page = int.TryParse(pageNumber, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? Math.Clamp(number, 1, pageCount) : 1;
        View = new RoleListView(
            Catalog.Tracks,
            Catalog.Levels,
            selectedTrack,
            selectedLevel,
            ignored,
            [.. matching.Skip((page - 1) * PageSize).Take(PageSize)],
            matching.Count,
            Catalog.Roles.Count,
            page,
            pageCount,
            PageSize,
            T);
        Meta = SectionMeta() with { Breadcrumbs = Trail((T["roles.crumb"], Path)), NoIndex = !View.IsUnfiltered || ignored.Count > 0 };
    }

    public string FilterUrl(string? track, string? level, int pageNumber = 1) => Links.Href(SiteMap.Roles(track, level, pageNumber));

    private static string Shorten(string value) => value.Length > 40 ? value[..40] + "\u2026" : value;
}
