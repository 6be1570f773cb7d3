using CareerPaths.Content.Colors;

namespace CareerPaths.Content.Tests.Colors;

/// <summary>What an editor sees for a track's colour: a clear error with the file, the line and the fix, or a colour on the site.</summary>
public sealed class TrackColorLoadingTests
{
    [Theory]
    [InlineData("low-contrast-color", "content/tracks/technical.md:9:8: error: color '#9ca3af' has a contrast of 2.3:1 against the page background; track colours draw borders and bars, which need 3:1 \u2014 try '#858e9d'")]
    [InlineData("malformed-color", "content/tracks/technical.md:9:8: error: color 'blue' is not a colour the site can use \u2014 write # and six hex digits in quotes, like `color: \"#1d4ed8\"`")]
    [InlineData("unquoted-color", "content/tracks/technical.md:9:7: error: put the colour in quotes, like `color: \"#1d4ed8\"` \u2014 without them YAML reads everything after # as a comment")]
    public void A_colour_mistake_is_reported_with_its_file_line_and_fix(string fault, string expected)
    {
        using var fixture = ContentFixture.Create(fault);

        var result = fixture.Load();

        Assert.Null(result.Catalog);
        Assert.Equal([expected], result.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void A_colour_with_too_few_digits_is_malformed()
    {
        using var fixture = ContentFixture.Create("low-contrast-color");
        fixture.Write("tracks/technical.md", File.ReadAllText(Path.Combine(fixture.Directory, "tracks/technical.md")).Replace("#9ca3af", "#12", StringComparison.Ordinal));

        var result = fixture.Load();

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("color '#12' is not a colour the site can use", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_suggested_colour_is_accepted()
    {
        using var fixture = ContentFixture.Create("low-contrast-color");
        var suggestion = fixture.Load().Errors.Single().Message.Split('\'')[^2];
        fixture.Write("tracks/technical.md", File.ReadAllText(Path.Combine(fixture.Directory, "tracks/technical.md")).Replace("#9ca3af", suggestion, StringComparison.Ordinal));

        var result = fixture.Load();

        Assert.Empty(result.Errors);
        Assert.Equal(suggestion, result.Catalog!.Tracks.Single().Color.ToString());
    }

    [Fact]
    public void A_track_without_a_colour_takes_the_first_palette_colour_of_its_place()
    {
        using var fixture = ContentFixture.Create();

        var catalog = fixture.Load().Catalog!;

        var track = Assert.Single(catalog.Tracks);
        Assert.Null(track.Color);
        Assert.Equal(TrackPalette.Defaults[0], TrackPalette.Resolve(catalog.Tracks.Select(t => (t.Slug, t.Color))).Single().Light);
    }
}
