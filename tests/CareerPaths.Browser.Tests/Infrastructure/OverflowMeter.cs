using Microsoft.Playwright;

namespace CareerPaths.Browser.Tests.Infrastructure;

/// <summary>
/// Whether a page scrolls sideways (WCAG 1.4.10 reflow). A wide table or map that scrolls inside
/// its own box is fine; the page itself must not.
/// </summary>
internal static class OverflowMeter
{
    /// <summary>The page's scroll width, the viewport's, and the outermost elements that stick out past it, for the message.</summary>
    private const string Measure = """
        () => {
          const width = window.innerWidth;
          const scrolls = el => { for (let p = el.parentElement; p; p = p.parentElement) { const o = getComputedStyle(p).overflowX; if (o !== 'visible') return p !== document.body && p !== document.documentElement; } return false; };
          const wide = [...document.body.querySelectorAll('*')]
            .filter(el => el.getBoundingClientRect().right > width + 0.5 && !scrolls(el))
            .filter((el, _, all) => !all.includes(el.parentElement))
            .slice(0, 5)
            .map(el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.classList.length ? '.' + [...el.classList].join('.') : '') + ' (right edge ' + Math.round(el.getBoundingClientRect().right) + ')');
          return { scrollWidth: document.documentElement.scrollWidth, innerWidth: width, wide };
        }
        """;

    /// <summary>Visits each page and describes every one wider than the window.</summary>
    public static async Task<List<string>> WiderThanTheWindowAsync(IPage page, IEnumerable<string> paths)
    {
        var problems = new List<string>();
        foreach (var path in paths)
        {
            await page.GotoAsync(path);
            var size = await page.EvaluateAsync<PageWidth>(Measure);
            if (size.ScrollWidth > size.InnerWidth)
            {
                problems.Add($"{path}: {size.ScrollWidth} px wide in a {size.InnerWidth} px window; sticking out: {string.Join(", ", size.Wide)}");
            }
        }

        return problems;
    }

    /// <summary>Playwright fills this from the script's result, so it needs setters.</summary>
    private sealed class PageWidth
    {
        public int ScrollWidth { get; set; }

        public int InnerWidth { get; set; }

        public string[] Wide { get; set; } = [];
    }
}
