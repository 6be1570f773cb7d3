using CareerPaths.Browser.Tests.Infrastructure;

namespace CareerPaths.Browser.Tests.Pages;

/// <summary>The site needs no JavaScript: with it switched off, every page still shows its content.</summary>
[Collection(SharedBrowser.Name)]
public sealed class NoScriptTests(BrowserSite site)
{
    /// <summary>The shortest real page (the empty search form with its suggestions) has about 300 characters of main text.</summary>
    private const int SubstantialText = 150;

    [Fact]
    public async Task Every_page_shows_its_main_content_without_JavaScript()
    {
        var pages = await site.PagesAsync();
        await using var context = await site.NewContextAsync(javaScript: false);
        var page = await context.NewPageAsync();
        var problems = new List<string>();

        foreach (var path in pages)
        {
            await page.GotoAsync(path);
            var main = page.Locator("main");
            if (await main.CountAsync() != 1)
            {
                problems.Add($"{path}: expected one <main>, found {await main.CountAsync()}");
                continue;
            }

            var text = (await main.InnerTextAsync()).Trim();
            if (text.Length < SubstantialText)
            {
                problems.Add($"{path}: <main> has only {text.Length} characters of text: \"{text}\"");
            }
        }

        Problems.AssertNone(problems, $"pages without their content when JavaScript is off (of {pages.Count})");
    }
}
