using System.Text.RegularExpressions;
using CareerPaths.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CareerPaths.Browser.Tests.Accessibility;

/// <summary>
/// axe-core finds no WCAG 2.2 AA violations: on every English page and one Spanish page of each
/// kind in light mode, on one page of each kind (in each language) in dark mode, and on the search, find-your-path and compare results (which the crawl, dropping
/// query strings, never shows) in both. Pages are scanned on a desktop and at 320 px, where tables
/// scroll and breadcrumb trails wrap.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed partial class AxeTests(BrowserSite site)
{
    [Fact]
    public async Task Every_page_has_no_axe_violations_at_desktop_and_phone_widths()
    {
        var pages = SiteSample.OriginalAndOnePerKindTranslated(await site.PagesAsync());

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

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task Search_and_path_results_have_no_axe_violations(ColorScheme scheme)
    {
        await using var context = await NewAxeContextAsync(scheme);
        var page = await context.NewPageAsync();
        var violations = new List<string>();

        await page.GotoAsync("/search");
        await page.Locator("#q").FillAsync("security");
        await page.Locator("#q").PressAsync("Enter");
        await page.WaitForURLAsync(SearchResults());
        await Assertions.Expect(page.Locator(".search-results li").First).ToBeVisibleAsync();
        violations.AddRange(await AxeScanner.ViolationsAsync(page, page.Url));

        await page.GotoAsync("/find-your-path");
        await page.Locator("#background").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.Locator(".interests input").First.CheckAsync();
        await page.Locator(".path-form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(PathResult());
        await Assertions.Expect(page.Locator("#result")).ToBeVisibleAsync();
        violations.AddRange(await AxeScanner.ViolationsAsync(page, page.Url));

        Problems.AssertNone(violations, $"axe violations on results in {scheme} mode");
    }

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task A_comparison_of_two_roles_has_no_axe_violations(ColorScheme scheme)
    {
        await using var context = await NewAxeContextAsync(scheme);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/compare");
        await page.Locator("#from").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.Locator("#to").SelectOptionAsync(new SelectOptionValue { Index = 2 });
        await page.Locator(".compare-form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(CompareResult());
        await Assertions.Expect(page.Locator(".compare-result")).ToBeVisibleAsync();
        var violations = await AxeScanner.ViolationsAsync(page, page.Url);

        Problems.AssertNone(violations, $"axe violations on a comparison in {scheme} mode");
    }

    private async Task<List<string>> ScanAsync(IReadOnlyList<string> pages, ColorScheme scheme)
    {
        await using var context = await NewAxeContextAsync(scheme);
        return await AxeScanner.ScanAsync(await context.NewPageAsync(), pages, AxeScanner.DesktopAndPhone);
    }

    private async Task<IBrowserContext> NewAxeContextAsync(ColorScheme scheme)
    {
        var context = await site.NewContextAsync(colorScheme: scheme);
        await AxeScanner.PrepareAsync(context);
        return context;
    }

    [GeneratedRegex(@"/search\?q=")]
    private static partial Regex SearchResults();

    [GeneratedRegex(@"/find-your-path\?.*background=")]
    private static partial Regex PathResult();

    [GeneratedRegex(@"/compare\?from=[a-z0-9-]+&to=[a-z0-9-]+")]
    private static partial Regex CompareResult();
}
