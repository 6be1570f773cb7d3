using CareerPaths.Browser.Tests.Infrastructure;
using CareerPaths.Testing;

namespace CareerPaths.Browser.Tests.Screenshots;

/// <summary>
/// A full-page screenshot of every page at a phone's width and a desktop's, in artifacts/screenshots
/// (not committed), for a person to look through after a layout change.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class ScreenshotTests(BrowserSite site)
{
    private static readonly int[] Widths = [375, 1280];

    [Fact]
    public async Task Every_page_is_captured_at_phone_and_desktop_widths()
    {
        var pages = SiteSample.OriginalAndOnePerKindTranslated(await site.PagesAsync());
        var folder = Path.Combine(RepositoryPaths.Root, "artifacts", "screenshots");
        // Start empty, so a page that no longer exists leaves no stale picture behind.
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        var written = new List<string>();

        foreach (var path in pages)
        {
            await page.GotoAsync(path);
            // One load per page: resizing the window lays the same page out again at the other width.
            foreach (var width in Widths)
            {
                var file = Path.Combine(folder, $"{FileName(path)}-{width}.png");
                await page.SetViewportSizeAsync(width, 800);
                await page.ScreenshotAsync(new() { Path = file, FullPage = true });
                written.Add(file);
            }
        }

        var empty = written.Where(f => !File.Exists(f) || new FileInfo(f).Length == 0).ToList();
        Problems.AssertNone(empty, "screenshots missing or empty");
        Assert.Equal(pages.Count * Widths.Length, Directory.GetFiles(folder, "*.png").Length);
    }

    /// <summary>"/" is index, "/roles/ai-security-analyst" is roles--ai-security-analyst.</summary>
    private static string FileName(string path) =>
        path == "/" ? "index" : path.Trim('/').Replace("/", "--", StringComparison.Ordinal);
}
