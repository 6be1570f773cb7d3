using CareerPaths.Browser.Tests.Infrastructure;

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
        var pages = await site.PagesAsync();
        var folder = Path.Combine(Content.Tests.RepositoryPaths.Root, "artifacts", "screenshots");
        // Start empty, so a page that no longer exists leaves no stale picture behind.
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        var expected = new List<string>();

        foreach (var width in Widths)
        {
            await using var context = await site.NewContextAsync(width: width);
            var page = await context.NewPageAsync();
            foreach (var path in pages)
            {
                var file = Path.Combine(folder, $"{FileName(path)}-{width}.png");
                await page.GotoAsync(path);
                await page.ScreenshotAsync(new() { Path = file, FullPage = true });
                expected.Add(file);
            }
        }

        var missing = expected.Where(f => !File.Exists(f) || new FileInfo(f).Length == 0).ToList();
        Problems.AssertNone(missing, "screenshots missing or empty");
        Assert.Equal(pages.Count * Widths.Length, Directory.GetFiles(folder, "*.png").Length);
    }

    /// <summary>"/" is index, "/roles/ai-security-analyst" is roles--ai-security-analyst.</summary>
    private static string FileName(string path) =>
        path == "/" ? "index" : path.Trim('/').Replace("/", "--", StringComparison.Ordinal);
}
