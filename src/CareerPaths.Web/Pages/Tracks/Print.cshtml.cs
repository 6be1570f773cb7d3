using CareerPaths.Content.Model;
using CareerPaths.Web.LiveContent;
using CareerPaths.Web.Pages.Common;
using Microsoft.AspNetCore.Mvc;

namespace CareerPaths.Web.Pages.Tracks;

/// <summary>A one-page career map of a track, laid out for print: levels, salaries, positions and the usual next steps.</summary>
public sealed class PrintModel(CatalogStore store) : SitePageModel(store)
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
        var path = $"/tracks/{found.Slug}/print";
        Meta = new PageMeta($"{found.Title} career map (printable)", $"A one-page printable career map of the {found.Name} track: every position by level, with salary ranges and next steps.", path)
        {
            Section = "/resources",
            Breadcrumbs = Trail(("Resources", "/resources"), ("Downloadable Materials", "/resources/downloads"), ($"{found.Name} career map", path)),
            SourceFile = found.Source.Path,
        };
        return Page();
    }
}
