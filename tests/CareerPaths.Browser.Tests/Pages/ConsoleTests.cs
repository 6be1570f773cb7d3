using CareerPaths.Browser.Tests.Infrastructure;

namespace CareerPaths.Browser.Tests.Pages;

/// <summary>No page logs an error: a blocked stylesheet, a 404 for an asset or a CSP refusal all show up here.</summary>
[Collection(SharedBrowser.Name)]
public sealed class ConsoleTests(BrowserSite site)
{
    [Fact]
    public async Task Every_page_loads_without_console_errors()
    {
        var pages = SiteSample.OriginalAndOnePerKindTranslated(await site.PagesAsync());
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        var current = "/";
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add($"{current}: console error: {message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => errors.Add($"{current}: uncaught error: {error}");

        foreach (var path in pages)
        {
            current = path;
            await page.GotoAsync(path);
        }

        Problems.AssertNone(errors, $"console errors on {pages.Count} pages");
    }
}
