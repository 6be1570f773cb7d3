using CareerPaths.Content.Model;
using CareerPaths.Web.LiveContent;
using CareerPaths.Web.Pages.Common;
using Microsoft.AspNetCore.Mvc;

namespace CareerPaths.Web.Pages.Roles;

/// <summary>One position, with where it sits, what it takes, who moves into it and where it leads.</summary>
public sealed class RoleModel(CatalogStore store) : SitePageModel(store)
{
    public Role Role { get; private set; } = null!;

    public Track Track { get; private set; } = null!;

    public Level Level { get; private set; } = null!;

    public IActionResult OnGet(string role)
    {
        var found = Catalog.FindRole(role);
        if (found is null)
        {
            return NotFound();
        }

        Role = found;
        Track = Catalog.TrackOf(found);
        Level = Catalog.LevelOf(found);
        var path = $"/roles/{found.Slug}";
        Meta = new PageMeta(found.Title, found.Summary, path)
        {
            Section = "/roles",
            OpenGraphType = "article",
            Breadcrumbs = Trail(("Roles", "/roles"), (Track.Name, $"/roles?track={Track.Slug}"), (found.Title, path)),
            SourceFile = found.Source.Path,
            StructuredData = [StructuredData.Occupation(found, Track, Level, Absolute(path))],
        };
        return Page();
    }
}
