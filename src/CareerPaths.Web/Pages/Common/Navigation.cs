using CareerPaths.Content.Addresses;
namespace CareerPaths.Web.Pages.Common;

/// <summary>The primary navigation, and which entry a page belongs to.</summary>
internal static class Navigation
{
    /// <summary>Each entry by the key of its label in the interface text, and its address.</summary>
    public static readonly IReadOnlyList<(string LabelKey, SitePath Path)> Primary =
    [
        ("nav.overview", SiteMap.Home),
        ("nav.tracks", SiteMap.Tracks),
        ("nav.progression", SiteMap.Progression),
        ("nav.entry-points", SiteMap.EntryPoints),
        ("nav.roles", SiteMap.Roles()),
        ("nav.skills", SiteMap.Skills),
        ("nav.find-your-path", SiteMap.FindYourPath),
        ("nav.resources", SiteMap.Resources),
    ];

    /// <summary>"page" on the entry for this very page, "true" on the section a deeper page sits in, otherwise nothing.</summary>
    public static string? Current(PageMeta meta, SitePath entry)
    {
        ArgumentNullException.ThrowIfNull(meta);
        if (meta.Path == entry)
        {
            return "page";
        }

        return entry != SiteMap.Home && meta.Section == entry ? "true" : null;
    }
}
