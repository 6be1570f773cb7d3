using CareerPaths.Content.Model;
using CareerPaths.Web.LiveContent;
using CareerPaths.Web.Pages.Common;
using Microsoft.AspNetCore.Mvc;

namespace CareerPaths.Web.Pages.Tracks;

/// <summary>A page about one track, found by the slug in its address; an unknown slug is a 404.</summary>
public abstract class TrackPageModel(CatalogStore store) : SitePageModel(store)
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
        Meta = Describe(found);
        return Page();
    }

    protected abstract PageMeta Describe(Track track);
}
