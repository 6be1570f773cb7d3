using CareerPaths.Content.Addresses;
namespace CareerPaths.Web.Pages.Common;

/// <summary>The primary navigation, and which entry a page belongs to.</summary>
internal static class Navigation
{
    public static readonly IReadOnlyList<(string Label, SitePath Path)> Primary =
    [
        ("Overview", SiteMap.Home),
        ("Tracks", SiteMap.Tracks),
        ("Progression", SiteMap.Progression),
        ("Entry points", SiteMap.EntryPoints),
        ("Roles", SiteMap.Roles()),
        ("Skills", SiteMap.Skills),
        ("Find your path", SiteMap.FindYourPath),
        ("Resources", SiteMap.Resources),
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
