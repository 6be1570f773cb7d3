using CareerPaths.Browser.Tests.Infrastructure;

namespace CareerPaths.Browser.Tests.Layout;

/// <summary>At 320 CSS pixels (WCAG 1.4.10 reflow) no page scrolls sideways.</summary>
[Collection(SharedBrowser.Name)]
public sealed class OverflowTests(BrowserSite site)
{
    [Fact]
    public async Task No_page_scrolls_sideways_at_320_pixels_wide()
    {
        var pages = await site.PagesAsync();
        await using var context = await site.NewContextAsync(width: 320, height: 640);

        var problems = await OverflowMeter.WiderThanTheWindowAsync(await context.NewPageAsync(), pages);

        Problems.AssertNone(problems, $"pages wider than 320 px (of {pages.Count})");
    }
}
