namespace CareerPaths.Content.Colors;

/// <summary>
/// A colour as hue, saturation and lightness, so that it can be made lighter or darker while it
/// keeps its hue: a blue track stays blue when its colour is adjusted for contrast.
/// </summary>
/// <param name="Hue">Degrees, 0 to 360.</param>
/// <param name="Saturation">0 to 1.</param>
/// <param name="Lightness">0 (black) to 1 (white).</param>
public readonly record struct HslColor(double Hue, double Saturation, double Lightness)
{
    public static HslColor From(RgbColor color)
    {
        var (r, g, b) = (color.R / 255.0, color.G / 255.0, color.B / 255.0);
        var max = Math.Max(r, Math.Max(g, b));
        var min = Math.Min(r, Math.Min(g, b));
        var lightness = (max + min) / 2;
        var delta = max - min;
        if (delta == 0)
        {
            return new HslColor(0, 0, lightness);
        }

        var saturation = delta / (1 - Math.Abs((2 * lightness) - 1));
        var hue = max == r ? ((g - b) / delta) + (g < b ? 6 : 0)
            : max == g ? ((b - r) / delta) + 2
            : ((r - g) / delta) + 4;
        return new HslColor(hue * 60, saturation, lightness);
    }

    public HslColor WithLightness(double lightness) => this with { Lightness = Math.Clamp(lightness, 0, 1) };

    public RgbColor ToRgb()
    {
        var chroma = (1 - Math.Abs((2 * Lightness) - 1)) * Saturation;
        var sector = Hue / 60;
        var x = chroma * (1 - Math.Abs((sector % 2) - 1));
        var (r, g, b) = sector switch
        {
            < 1 => (chroma, x, 0.0),
            < 2 => (x, chroma, 0.0),
            < 3 => (0.0, chroma, x),
            < 4 => (0.0, x, chroma),
            < 5 => (x, 0.0, chroma),
            _ => (chroma, 0.0, x),
        };
        var m = Lightness - (chroma / 2);
        return new RgbColor(Byte(r + m), Byte(g + m), Byte(b + m));
    }

    private static byte Byte(double value) => (byte)Math.Round(Math.Clamp(value, 0, 1) * 255, MidpointRounding.AwayFromZero);
}
