namespace CareerPaths.Web.Pages.Common;

/// <summary>The primary navigation, and which entry a page belongs to.</summary>
public static class Navigation
{
    public static readonly IReadOnlyList<(string Label, string Href)> Primary =
    [
        ("Overview", "/"),
        ("Tracks", "/tracks"),
        ("Progression", "/progression"),
        ("Entry points", "/entry-points"),
        ("Roles", "/roles"),
        ("Find your path", "/find-your-path"),
        ("Resources", "/resources"),
    ];

    /// <summary>"page" on the entry for this very page, "true" on the section a deeper page sits in, otherwise nothing.</summary>
    public static string? Current(PageMeta meta, string href)
    {
        ArgumentNullException.ThrowIfNull(meta);
        if (meta.Path == href)
        {
            return "page";
        }

        return href != "/" && meta.Section == href ? "true" : null;
    }
}
