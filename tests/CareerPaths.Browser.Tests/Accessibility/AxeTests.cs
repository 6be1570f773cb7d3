using CareerPaths.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CareerPaths.Browser.Tests.Accessibility;

/// <summary>axe-core finds no WCAG 2.2 AA violations: on every page in light mode, and on one page of each kind in dark mode.</summary>
[Collection(SharedBrowser.Name)]
public sealed class AxeTests(BrowserSite site)
{
    [Fact]
    public async Task Every_page_has_no_axe_violations()
    {
        var pages = await site.PagesAsync();

        var violations = await ScanAsync(pages, ColorScheme.Light);

        Problems.AssertNone(violations, $"axe violations on {pages.Count} pages");
    }

    [Fact]
    public async Task One_page_of_each_kind_has_no_axe_violations_in_dark_mode()
    {
        var pages = SiteSample.OnePerKind(await site.PagesAsync());

        var violations = await ScanAsync(pages, ColorScheme.Dark);

        Problems.AssertNone(violations, $"axe violations in dark mode on {pages.Count} pages ({string.Join(", ", pages)})");
    }

    private async Task<List<string>> ScanAsync(IReadOnlyList<string> pages, ColorScheme scheme)
    {
        await using var context = await site.NewContextAsync(colorScheme: scheme);
        await AxeScanner.PrepareAsync(context);
        var page = await context.NewPageAsync();
        var violations = new List<string>();
        foreach (var path in pages)
        {
            await page.GotoAsync(path);
            violations.AddRange(await AxeScanner.ViolationsAsync(page, path));
        }

        return violations;
    }
}
