using CareerPaths.Content.Loading;
using CareerPaths.Content.Model;
using CareerPaths.Web.LiveContent;
using CareerPaths.Web.Pages.Common;

namespace CareerPaths.Web.Pages.Roles;

/// <summary>Every position, filtered on the server by ?track= and ?level=, so the filters work without JavaScript.</summary>
public sealed class IndexModel(CatalogStore store) : SitePageModel(store)
{
    public SectionPage Section => Catalog.Page(SiteSections.Roles);

    public Track? SelectedTrack { get; private set; }

    public Level? SelectedLevel { get; private set; }

    /// <summary>A filter value that names no track or level, echoed back (encoded) so the visitor knows why it was ignored.</summary>
    public IReadOnlyList<string> IgnoredFilters { get; private set; } = [];

    public IReadOnlyList<Role> Results { get; private set; } = [];

    public void OnGet(string? track, string? level)
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
        Results = [.. Catalog.Roles.Where(r => (SelectedTrack is null || r.Track == SelectedTrack.Slug) && (SelectedLevel is null || r.Level == SelectedLevel.Slug))];
        var filtered = SelectedTrack is not null || SelectedLevel is not null;
        Meta = SectionMeta(Section, "/roles", "Roles") with { NoIndex = filtered || ignored.Count > 0 };
    }

    public string FilterUrl(string? track, string? level)
    {
        var query = new List<string>();
        if (track is not null)
        {
            query.Add("track=" + Uri.EscapeDataString(track));
        }

        if (level is not null)
        {
            query.Add("level=" + Uri.EscapeDataString(level));
        }

        return query.Count == 0 ? "/roles" : "/roles?" + string.Join("&", query);
    }

    private static string Shorten(string value) => value.Length > 40 ? value[..40] + "\u2026" : value;
}
