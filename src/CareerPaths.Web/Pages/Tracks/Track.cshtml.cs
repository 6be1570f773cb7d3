using CareerPaths.Content.Model;
using CareerPaths.Web.LiveContent;
using CareerPaths.Web.Pages.Common;
using Microsoft.AspNetCore.Mvc;

namespace CareerPaths.Web.Pages.Tracks;

/// <summary>One track: focus areas, best for, its narrative and its progression table in level order.</summary>
public sealed class TrackModel(CatalogStore store) : SitePageModel(store)
{
    public Track Track { get; private set; } = null!;

    public IActionResult OnGet(string track)
    {
        var found = Catalog.FindTrack(track);
        if (found is null)
        {
            return NotFound();
        }

        Track = found;
        Meta = new PageMeta(found.Title, found.Summary, $"/tracks/{found.Slug}")
        {
            Section = "/tracks",
            Breadcrumbs = Trail(("Tracks", "/tracks"), (found.Title, $"/tracks/{found.Slug}")),
            SourceFile = found.Source.Path,
        };
        return Page();
    }
}
