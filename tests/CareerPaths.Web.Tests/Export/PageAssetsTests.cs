using CareerPaths.Web.Export;

namespace CareerPaths.Web.Tests.Export;

/// <summary>Which addresses in a page the export copies as files: the site's own assets, and nothing else.</summary>
public sealed class PageAssetsTests
{
    private const string Page = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <link rel="canonical" href="https://example.org/roles">
          <link rel="stylesheet" href="/css/site.css?v=a&amp;b">
          <link href='/favicon.svg' rel=icon type="image/svg+xml">
          <link rel="stylesheet" href="//cdn.example.org/other.css">
          <link rel="alternate" href="/es/roles">
          <script type="application/ld+json">{"logo": "/logo.png"}</script>
          <SCRIPT SRC="/js/menu.JS"></SCRIPT>
        </head>
        <body>
          <a href="/css/site.css">the stylesheet, as a link to read</a>
          <img alt="" src="/img/map.webp">
          <img alt="" src="https://example.org/remote.png">
          <p>&lt;img src="/not-a-tag.png"&gt;</p>
        </body>
        </html>
        """;

    [Fact]
    public void Only_root_relative_stylesheets_scripts_icons_and_images_are_assets()
    {
        var assets = PageAssets.Find(Page);

        Assert.Equal(["/css/site.css?v=a&b", "/favicon.svg", "/js/menu.JS", "/img/map.webp"], assets);
    }

    [Fact]
    public void A_page_without_assets_has_none()
    {
        Assert.Empty(PageAssets.Find("<p>No assets here: <a href=\"/roles\">roles</a></p>"));
    }
}
