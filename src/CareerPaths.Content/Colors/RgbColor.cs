using System.Globalization;

namespace CareerPaths.Content.Colors;

/// <summary>
/// A colour as editors write it in front matter ("#1d4ed8" or the short "#15d"), with the WCAG 2.x
/// relative luminance and contrast ratio that decide whether it can be seen against the page.
/// </summary>
public readonly record struct RgbColor(byte R, byte G, byte B)
{
    /// <summary>A colour written in code, such as the palette's; content goes through <see cref="TryParse"/>.</summary>
    public static RgbColor Parse(string text) =>
        TryParse(text, out var color) ? color : throw new FormatException($"'{text}' is not a colour written as #rrggbb or #rgb.");

    public static bool TryParse(string? text, out RgbColor color)
    {
        color = default;
        var hex = text?.Trim() ?? string.Empty;
        if (hex.Length is not (4 or 7) || hex[0] != '#' || !hex.Skip(1).All(char.IsAsciiHexDigit))
        {
            return false;
        }

        if (hex.Length == 4)
        {
            hex = string.Concat("#", hex[1], hex[1], hex[2], hex[2], hex[3], hex[3]);
        }

        color = new RgbColor(Channel(hex, 1), Channel(hex, 3), Channel(hex, 5));
        return true;
    }

    /// <summary>
    /// WCAG 2.x relative luminance, from 0 for black to 1 for white. The linearization threshold is
    /// the sRGB standard's 0.04045; WCAG's older 0.03928 gives the same result for 8-bit channels.
    /// </summary>
    public double RelativeLuminance => (0.2126 * Linear(R)) + (0.7152 * Linear(G)) + (0.0722 * Linear(B));

    /// <summary>The WCAG contrast ratio, from 1 (no contrast) to 21 (black on white).</summary>
    public double ContrastWith(RgbColor other)
    {
        var (a, b) = (RelativeLuminance + 0.05, other.RelativeLuminance + 0.05);
        return Math.Max(a, b) / Math.Min(a, b);
    }

    /// <summary>Lower-case "#rrggbb", the form the stylesheet and error messages use.</summary>
    public override string ToString() => $"#{R:x2}{G:x2}{B:x2}";

    private static byte Channel(string hex, int start) =>
        byte.Parse(hex.AsSpan(start, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    private static double Linear(byte channel)
    {
        var c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }
}
