using AngleSharp.Html.Parser;
using CareerPaths.Content;
using CareerPaths.Web.Pages.Map;
using CareerPaths.Web.Pages.Progression;
using CareerPaths.Web.Tests.Infrastructure;

namespace CareerPaths.Web.Tests.Drawing;

/// <summary>Whatever an editor writes in a title or a level name, the drawings show it as text.</summary>
public sealed class DrawingEncodingTests
{
    private const string Hostile = "<script>alert(1)</script>";

    [Fact]
    public void Markup_in_level_names_and_role_titles_is_drawn_as_text()
    {
        using var copy = new ContentCopy();
        copy.Edit("levels.yml", "^(  - slug: ([a-z-]+)\\n)    name: .*$", $"$1    name: \"$2 {Hostile}\"");
        copy.Edit("roles/ai-security-engineer.md", "^title: .*$", $"title: \"Engineer {Hostile}\"");
        var result = CatalogLoader.Load(copy.Directory, "content");
        var catalog = result.Catalog ?? throw new InvalidOperationException(string.Join('\n', result.Errors));

        var map = CareerMapSvg.Render(catalog, "t", "d", path => path.Value).ToString()!;
        var chart = SalaryChart.Render(catalog.Levels, catalog.Text, "t", "d").ToString()!;

        foreach (var svg in new[] { map, chart })
        {
            var document = new HtmlParser().ParseDocument($"<body>{svg}</body>");
            Assert.Empty(document.QuerySelectorAll("script"));
            Assert.Contains(Hostile, document.QuerySelector("desc")!.TextContent, StringComparison.Ordinal);
        }

        var titles = new HtmlParser().ParseDocument($"<body>{map}</body>").QuerySelectorAll("a.node tspan").Select(t => t.TextContent);
        Assert.Contains($"Engineer {Hostile}", string.Join(" ", titles), StringComparison.Ordinal);
    }
}
