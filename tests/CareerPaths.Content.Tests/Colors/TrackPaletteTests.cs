using CareerPaths.Content.Colors;
using CareerPaths.Content.Diagnostics;
using CareerPaths.Content.Model;

namespace CareerPaths.Content.Tests.Colors;

public sealed class TrackPaletteTests
{
    private static readonly PageBackgrounds Pages = PageBackgrounds.Site;

    public static TheoryData<string> PaletteColors() => [.. TrackPalette.Defaults.Select(c => c.ToString())];

    [Theory]
    [MemberData(nameof(PaletteColors))]
    public void Every_palette_colour_passes_the_contrast_check_in_light_and_dark_mode(string hex)
    {
        var color = RgbColor.Parse(hex);

        var dark = TrackPalette.DarkVariant(color);

        Assert.True(TrackContrast.Lowest(color, Pages.Light).Ratio >= TrackContrast.Required, $"{hex} in light mode");
        Assert.True(TrackContrast.Lowest(dark, Pages.Dark).Ratio >= TrackContrast.DarkTarget, $"{dark} in dark mode");
    }

    [Fact]
    public void The_palette_has_no_colour_twice()
    {
        Assert.Equal(TrackPalette.Defaults.Count, TrackPalette.Defaults.Distinct().Count());
    }

    [Fact]
    public void A_track_keeps_its_own_colour_and_one_without_takes_the_palette_colour_of_its_place()
    {
        var own = RgbColor.Parse("#be185d");
        var tracks = new[] { Track("first", own), Track("second", null), Track("third", null) };

        var colors = TrackPalette.Resolve(tracks.Select(t => (t.Slug, t.Color)));

        Assert.Equal([own, TrackPalette.Defaults[1], TrackPalette.Defaults[2]], colors.Select(c => c.Light));
        Assert.Equal(["first", "second", "third"], colors.Select(c => c.Slug));
    }

    [Fact]
    public void Beyond_the_palette_the_colours_start_again()
    {
        var tracks = Enumerable.Range(0, TrackPalette.Defaults.Count + 1).Select(i => Track($"t{i}", null)).ToList();

        var colors = TrackPalette.Resolve(tracks.Select(t => (t.Slug, t.Color)));

        Assert.Equal(TrackPalette.Defaults[0], colors[^1].Light);
    }

    [Fact]
    public void The_dark_shade_is_lighter_and_keeps_the_hue()
    {
        var teal = RgbColor.Parse("#0f766e");

        var dark = TrackPalette.DarkVariant(teal);

        Assert.True(dark.RelativeLuminance > teal.RelativeLuminance);
        Assert.InRange(Math.Abs(HslColor.From(dark).Hue - HslColor.From(teal).Hue), 0, 3);
    }

    [Theory]
    [InlineData("#9ca3af")]
    [InlineData("#fde68a")]
    [InlineData("#ffffff")]
    public void A_suggested_darker_shade_passes_the_check(string hex)
    {
        var pale = RgbColor.Parse(hex);

        var better = TrackContrast.Adjust(pale, Pages.Light, TrackContrast.Required, lighter: false);

        Assert.True(TrackContrast.Lowest(better, Pages.Light).Ratio >= TrackContrast.Required);
        Assert.True(better.RelativeLuminance < pale.RelativeLuminance);
    }

    private static Track Track(string slug, RgbColor? color) =>
        new(slug, slug, slug, 1, "Summary.", ["Area"], "Everyone", color, RichText.Block(string.Empty), new SourceRef($"tracks/{slug}.md", new Dictionary<string, TextPosition>()));
}
