using CareerPaths.Content.Colors;

namespace CareerPaths.Content.Tests.Colors;

public sealed class RgbColorTests
{
    [Theory]
    [InlineData("#1d4ed8", "#1d4ed8")]
    [InlineData("#1D4ED8", "#1d4ed8")]
    [InlineData("  #1d4ed8 ", "#1d4ed8")]
    [InlineData("#15d", "#1155dd")]
    public void A_hex_colour_is_read_in_its_long_and_short_forms(string text, string expected)
    {
        Assert.True(RgbColor.TryParse(text, out var color));

        Assert.Equal(expected, color.ToString());
    }

    [Theory]
    [InlineData("blue")]
    [InlineData("#12")]
    [InlineData("#1d4ed")]
    [InlineData("#1d4ed8ff")]
    [InlineData("#12345g")]
    [InlineData("1d4ed8")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_is_not_a_colour(string? text)
    {
        Assert.False(RgbColor.TryParse(text, out _));
    }

    [Theory]
    [InlineData("#000000", "#ffffff", 21.0)]
    [InlineData("#ffffff", "#ffffff", 1.0)]
    [InlineData("#777777", "#ffffff", 4.48)]
    [InlineData("#767676", "#ffffff", 4.54)]
    [InlineData("#1d4ed8", "#ffffff", 6.70)]
    public void The_contrast_ratio_is_the_wcag_one_in_either_order(string a, string b, double expected)
    {
        var first = RgbColor.Parse(a);
        var second = RgbColor.Parse(b);

        Assert.Equal(expected, first.ContrastWith(second), 2);
        Assert.Equal(expected, second.ContrastWith(first), 2);
    }

    [Theory]
    [InlineData("#1d4ed8")]
    [InlineData("#0f766e")]
    [InlineData("#7c3aed")]
    [InlineData("#9ca3af")]
    [InlineData("#ffffff")]
    [InlineData("#000000")]
    public void A_colour_survives_the_trip_through_hsl(string hex)
    {
        var color = RgbColor.Parse(hex);

        var back = HslColor.From(color).ToRgb();

        Assert.Equal(hex, back.ToString());
    }

    [Fact]
    public void Raising_the_lightness_keeps_the_hue_and_lightens_the_colour()
    {
        var blue = RgbColor.Parse("#1d4ed8");
        var hsl = HslColor.From(blue);

        var lighter = hsl.WithLightness(hsl.Lightness + 0.2).ToRgb();

        Assert.True(lighter.RelativeLuminance > blue.RelativeLuminance);
        Assert.InRange(Math.Abs(hsl.Hue - HslColor.From(lighter).Hue), 0, 2);
    }
}
