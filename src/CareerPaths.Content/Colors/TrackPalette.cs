
namespace CareerPaths.Content.Colors;

/// <summary>
/// Gives every track a colour without code: its own `color`, or one from a fixed palette by its
/// place in the track order. The dark-mode shade is always worked out, so editors pick one colour.
/// </summary>
public static class TrackPalette
{
    /// <summary>
    /// The first three are the colours the Technical, Operations and Governance tracks have always
    /// had; the rest are distinct hues at a similar depth. Amber comes late because it is the focus
    /// ring's colour. Every one passes the contrast check (a test holds them to it).
    /// </summary>
    public static readonly IReadOnlyList<RgbColor> Defaults =
    [
        RgbColor.Parse("#1d4ed8"),
        RgbColor.Parse("#0f766e"),
        RgbColor.Parse("#7c3aed"),
        RgbColor.Parse("#be123c"),
        RgbColor.Parse("#15803d"),
        RgbColor.Parse("#a21caf"),
        RgbColor.Parse("#0369a1"),
        RgbColor.Parse("#a16207"),
    ];

    /// <param name="tracks">Each track's slug and own colour, if it has one, in the catalog's display order.</param>
    public static IReadOnlyList<TrackColor> Resolve(IEnumerable<(string Slug, RgbColor? Color)> tracks, PageBackgrounds? backgrounds = null)
    {
        ArgumentNullException.ThrowIfNull(tracks);
        var pages = backgrounds ?? PageBackgrounds.Site;
        return [.. tracks.Select((track, i) =>
        {
            var light = track.Color ?? Defaults[i % Defaults.Count];
            return new TrackColor(track.Slug, light, DarkVariant(light, pages));
        })];
    }

    /// <summary>The same hue made lighter until it stands out on the dark page as well as the light colour does on the light one.</summary>
    public static RgbColor DarkVariant(RgbColor light, PageBackgrounds? backgrounds = null) =>
        TrackContrast.Adjust(light, (backgrounds ?? PageBackgrounds.Site).Dark, TrackContrast.DarkTarget, lighter: true);
}
