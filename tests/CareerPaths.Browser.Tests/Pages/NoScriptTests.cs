using CareerPaths.Browser.Tests.Infrastructure;

namespace CareerPaths.Browser.Tests.Pages;

/// <summary>The site needs no JavaScript: with it switched off, every page still shows its content.</summary>
[Collection(SharedBrowser.Name)]
public sealed class NoScriptTests(BrowserSite site)
{
    /// <summary>The shortest real page, the empty search form with its suggestions, has about 150 characters of main text; a page that did not render has a heading at most.</summary>
    private const int SubstantialText = 100;

    [Fact]
    public async Task Every_page_shows_its_main_content_without_JavaScript()
    {
        var pages = SiteSample.OriginalAndOnePerKindTranslated(await site.PagesAsync());
        await using var context = await site.NewContextAsync(javaScript: false);
        var page = await context.NewPageAsync();
        var problems = new List<string>();

        foreach (var path in pages)
        {
            await page.GotoAsync(path);
            // Playwright's own evaluation still works with the page's scripts switched off.
            var mains = await page.EvalOnSelectorAllAsync<string[]>("main", "all => all.map(m => m.innerText.trim())");
            if (mains.Length != 1)
            {
                problems.Add($"{path}: expected one <main>, found {mains.Length}");
            }
            else if (mains[0].Length < SubstantialText)
            {
                problems.Add($"{path}: <main> has only {mains[0].Length} characters of text: \"{mains[0]}\"");
            }
        }

        Problems.AssertNone(problems, $"pages without their content when JavaScript is off (of {pages.Count})");
    }
}
