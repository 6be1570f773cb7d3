using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using CareerPaths.Content.Addresses;
using CareerPaths.Content.Colors;
using CareerPaths.Content.Model;

namespace CareerPaths.Web.Styling;

/// <summary>
/// The track colours as a small stylesheet written from the catalog, so a new track gets its
/// colour with no code and no inline style (the CSP allows neither inline styles nor style
/// attributes). Elements carry data-track="slug" and take --track-color from here; an attribute
/// selector cannot collide with the site's own classes whatever an editor names a track.
/// </summary>
internal sealed class TrackStylesheet
{

    // One stylesheet per catalog version, made on first use and dropped with the catalog.
    private static readonly ConditionalWeakTable<Catalog, TrackStylesheet> Cache = [];

    private TrackStylesheet(Catalog catalog)
    {
        Css = Write(TrackPalette.Resolve(catalog.Tracks.Select(t => (t.Slug, t.Color))));
        Version = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Css)))[..12];
    }

    public string Css { get; }

    /// <summary>A hash of the stylesheet's text: it changes only when a colour or a track does, so the file can be cached for good.</summary>
    public string Version { get; }

    /// <summary>The address pages link to, with the version that makes a changed stylesheet a new URL.</summary>
    public SitePath Address => SiteMap.TrackStylesheet(Version);

    public static TrackStylesheet For(Catalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return Cache.GetValue(catalog, c => new TrackStylesheet(c));
    }

    private static string Write(IReadOnlyList<TrackColor> colors)
    {
        var css = new StringBuilder();
        css.Append("/* Track colours, written from content/tracks. Light colours meet 3:1 against the page; dark ones are lighter shades of the same hue. */\n");
        Append(css, string.Empty, colors.Count, colors.Select(c => (c.Slug, c.Light)).ToList());
        css.Append("@media (prefers-color-scheme: dark) {\n");
        Append(css, "  ", null, colors.Select(c => (c.Slug, c.Dark)).ToList());
        css.Append("}\n");
        return css.ToString();
    }

    /// <summary>
    /// The count lets layouts that draw a column per track (the career map) size themselves; the
    /// gradient is the brand mark, one stop per track.
    /// </summary>
    private static void Append(StringBuilder css, string indent, int? count, List<(string Slug, RgbColor Color)> colors)
    {
        var stops = colors.Count == 1 ? $"{colors[0].Color}, {colors[0].Color}" : string.Join(", ", colors.Select(c => c.Color.ToString()));
        var trackCount = count is { } n ? FormattableString.Invariant($" --track-count: {n};") : string.Empty;
        css.Append(indent).Append(":root {").Append(trackCount).Append(" --tracks-gradient: linear-gradient(135deg, ").Append(stops).Append("); }\n");
        foreach (var (slug, color) in colors)
        {
            // Slugs are lower-case letters, digits and hyphens (the loader insists), so they need no escaping.
            css.Append(indent).Append("[data-track=\"").Append(slug).Append("\"] { --track-color: ").Append(color.ToString()).Append("; }\n");
        }
    }
}
