using CareerPaths.Browser.Tests.Infrastructure;

namespace CareerPaths.Browser.Tests.Accessibility;

/// <summary>A keyboard user on the overview reaches the skip link first, then every primary link in order, and always sees where the focus is.</summary>
[Collection(SharedBrowser.Name)]
public sealed class KeyboardTests(BrowserSite site)
{
    /// <summary>Marks every focusable element with its unfocused box-shadow, so a shadow that was there all along is not taken for a focus ring.</summary>
    private const string RecordResting = """
        () => document.querySelectorAll('a[href], input, button, select, textarea, [tabindex]')
          .forEach(el => el.dataset.restingShadow = getComputedStyle(el).boxShadow)
        """;

    private const string DescribeFocused = """
        () => {
          const el = document.activeElement;
          const style = getComputedStyle(el);
          const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
          const shadow = style.boxShadow !== 'none' && style.boxShadow !== el.dataset.restingShadow;
          return {
            description: el.outerHTML.slice(0, 120),
            text: el.innerText?.trim() ?? '',
            href: el.getAttribute('href') ?? '',
            isSkipLink: el.matches('a.skip-link'),
            isPrimaryLink: el.matches('nav.primary-nav a'),
            inHeader: el.closest('header.site-header') !== null,
            focusVisible: outline || shadow,
          };
        }
        """;

    [Fact]
    public async Task Tab_reaches_the_skip_link_and_then_each_primary_link_in_order_with_a_visible_focus()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        var primary = await page.EvalOnSelectorAllAsync<string[]>("nav.primary-nav a", "links => links.map(a => a.getAttribute('href'))");
        await page.EvaluateAsync(RecordResting);

        await page.Keyboard.PressAsync("Tab");
        var first = await page.EvaluateAsync<FocusedElement>(DescribeFocused);
        var focused = new List<FocusedElement> { first };
        var reached = new List<string>();
        // The brand link and the header search box and button come between; a few extra presses allow for them.
        for (var press = 0; press < primary.Length + 6 && reached.Count < primary.Length; press++)
        {
            await page.Keyboard.PressAsync("Tab");
            var element = await page.EvaluateAsync<FocusedElement>(DescribeFocused);
            focused.Add(element);
            if (element.IsPrimaryLink)
            {
                reached.Add(element.Href);
            }
        }

        Assert.Equal(8, primary.Length);
        Assert.True(first.IsSkipLink && first.Text == "Skip to main content", $"the first Tab focused {first.Description}");
        Assert.Equal(primary, reached);
        Assert.All(focused, e => Assert.True(e.InHeader || e.IsSkipLink, $"Tab left the header before the last primary link: {e.Description}"));
        Assert.All(focused, e => Assert.True(e.FocusVisible, $"no visible focus indicator on {e.Description}"));
    }

    /// <summary>Playwright fills this from the script's result, so it needs setters.</summary>
    private sealed class FocusedElement
    {
        public string Description { get; set; } = "";

        public string Text { get; set; } = "";

        public string Href { get; set; } = "";

        public bool IsSkipLink { get; set; }

        public bool IsPrimaryLink { get; set; }

        public bool InHeader { get; set; }

        public bool FocusVisible { get; set; }
    }
}
