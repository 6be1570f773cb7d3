using CareerPaths.Content.Colors;
using CareerPaths.Testing;

namespace CareerPaths.Content.Tests.Colors;

/// <summary>The contrast check reads its backgrounds from the site's stylesheet, the one visitors get.</summary>
public sealed class PageBackgroundsTests
{
    private const string Stylesheet = """
        :root {
          --bg: #f7f8fa;
          --surface: #ffffff;
          --bg-soft: #000000;
        }
        @media (prefers-color-scheme: dark) {
          :root {
            --surface: #171e27;
            --bg: #0f141b;
          }
        }
        @media print {
          :root { --bg: #fff; --surface: #fff; }
        }
        """;

    [Fact]
    public void The_embedded_stylesheet_is_the_one_the_site_serves()
    {
        using var stream = typeof(PageBackgrounds).Assembly.GetManifestResourceStream(PageBackgrounds.StylesheetResource)!;
        using var reader = new StreamReader(stream);

        var served = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src/CareerPaths.Web/wwwroot/css/site.css"));

        Assert.Equal(served, reader.ReadToEnd());
    }

    [Fact]
    public void The_page_and_card_backgrounds_are_read_for_light_and_dark_mode()
    {
        var backgrounds = PageBackgrounds.FromStylesheet(Stylesheet);

        Assert.Equal([("page background", "#f7f8fa"), ("card background", "#ffffff")], backgrounds.Light.Select(b => (b.Name, b.Color.ToString())));
        Assert.Equal([("page background", "#0f141b"), ("card background", "#171e27")], backgrounds.Dark.Select(b => (b.Name, b.Color.ToString())));
    }

    [Fact]
    public void The_sites_own_backgrounds_are_light_in_light_mode_and_dark_in_dark_mode()
    {
        var site = PageBackgrounds.Site;

        Assert.All(site.Light, b => Assert.True(b.Color.RelativeLuminance > 0.5, $"{b.Name} {b.Color}"));
        Assert.All(site.Dark, b => Assert.True(b.Color.RelativeLuminance < 0.1, $"{b.Name} {b.Color}"));
    }

    [Fact]
    public void A_stylesheet_without_the_backgrounds_is_a_clear_failure_for_the_developer()
    {
        var error = Assert.Throws<InvalidOperationException>(() => PageBackgrounds.FromStylesheet(":root { --bg: #fff; }\n@media (prefers-color-scheme: dark) { :root { --bg: #000; --surface: #111; } }"));

        Assert.Contains("--surface", error.Message, StringComparison.Ordinal);
    }
}
