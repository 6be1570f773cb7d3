namespace CareerPaths.Content.Colors;

/// <summary>How much a track colour must stand out from the page, and the nearest colour that does.</summary>
public static class TrackContrast
{
    /// <summary>
    /// Track colours draw borders, bars and outlines, never text, so WCAG 1.4.11 (non-text
    /// contrast) applies: 3:1. Using them for text would need 4.5:1 and a change here.
    /// </summary>
    public const double Required = 3.0;

    /// <summary>
    /// Dark-mode colours are lightened past the minimum, to the contrast the hand-picked dark
    /// colours they replace had (8:1 and more), so borders read as clearly on a dark page.
    /// </summary>
    public const double DarkTarget = 8.0;

    /// <summary>Two percent of lightness: small enough that the suggestion is the nearest passing shade.</summary>
    private const double Step = 0.02;

    /// <summary>The lowest contrast of the colour against any of the backgrounds, and which background that is.</summary>
    public static (double Ratio, string Against) Lowest(RgbColor color, IReadOnlyList<(string Name, RgbColor Color)> backgrounds)
    {
        ArgumentNullException.ThrowIfNull(backgrounds);
        return backgrounds.Select(b => (Ratio: color.ContrastWith(b.Color), Against: b.Name)).MinBy(p => p.Ratio);
    }

    /// <summary>
    /// Lightens or darkens the colour in small steps of HSL lightness, keeping its hue and
    /// saturation, until it reaches the ratio against every background. White and black always
    /// get there in the end, so there is always an answer.
    /// </summary>
    public static RgbColor Adjust(RgbColor color, IReadOnlyList<(string Name, RgbColor Color)> backgrounds, double ratio, bool lighter)
    {
        var hsl = HslColor.From(color);
        for (var step = 0; step * Step <= 1; step++)
        {
            var lightness = hsl.Lightness + ((lighter ? step : -step) * Step);
            var candidate = hsl.WithLightness(lightness).ToRgb();
            if (Lowest(candidate, backgrounds).Ratio >= ratio)
            {
                return candidate;
            }
        }

        return lighter ? new RgbColor(255, 255, 255) : new RgbColor(0, 0, 0);
    }

    /// <summary>"2.3:1", rounded down so that a colour just short of the rule never reads as meeting it.</summary>
    public static string Format(double ratio) =>
        (Math.Floor(ratio * 10) / 10).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + ":1";
}
