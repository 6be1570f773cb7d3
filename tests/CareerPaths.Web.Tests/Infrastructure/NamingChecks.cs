using AngleSharp.Dom;

namespace CareerPaths.Web.Tests.Infrastructure;

/// <summary>
/// Accessible names go only where assistive technology can announce them, and scrollable parts of
/// a page are named sections a keyboard can reach. Validators following the HTML-ARIA rules reject a
/// name on an element whose role cannot carry one (a div, a span, a list), and a div with
/// role="region" where a section is the element for it.
/// </summary>
internal static class NamingChecks
{
    /// <summary>Elements whose own role may be named, as the HTML-ARIA rules give them.</summary>
    private static readonly HashSet<string> Nameable = new(StringComparer.Ordinal)
    {
        "a", "article", "aside", "button", "details", "dialog", "fieldset", "figure", "footer", "form", "header", "iframe",
        "img", "input", "main", "meter", "nav", "output", "progress", "section", "select", "summary", "svg", "table", "textarea",
    };

    /// <summary>Roles that may never be named, whatever element carries them.</summary>
    private static readonly HashSet<string> Unnameable = new(StringComparer.Ordinal)
    {
        "caption", "code", "deletion", "emphasis", "generic", "insertion", "none", "paragraph", "presentation", "strong", "subscript", "superscript",
    };

    public static IReadOnlyList<string> Problems(SiteCrawler crawler)
    {
        var problems = new List<string>();
        foreach (var (url, page) in crawler.Pages)
        {
            foreach (var named in page.QuerySelectorAll("[aria-label], [aria-labelledby]").Where(e => !MayBeNamed(e)))
            {
                problems.Add($"{url}: {Describe(named)} has an accessible name, but its role cannot carry one");
            }

            problems.AddRange(page.QuerySelectorAll("[role=region]").Select(e => $"{url}: {Describe(e)} has role=\"region\" where a section belongs"));
            foreach (var scroller in page.QuerySelectorAll("[tabindex='0']"))
            {
                if (scroller.LocalName != "section" || string.IsNullOrWhiteSpace(NameOf(page, scroller)))
                {
                    problems.Add($"{url}: {Describe(scroller)} is reached by keyboard but is not a named section");
                }
            }
        }

        return problems;
    }

    private static bool MayBeNamed(IElement element) =>
        element.GetAttribute("role") is { } role ? !Unnameable.Contains(role) : Nameable.Contains(element.LocalName);

    private static string? NameOf(IDocument page, IElement element) =>
        element.GetAttribute("aria-label")
        ?? string.Join(' ', (element.GetAttribute("aria-labelledby") ?? string.Empty)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(id => page.GetElementById(id)?.TextContent.Trim()));

    private static string Describe(IElement element) =>
        $"<{element.LocalName}{(element.ClassName is { } cls ? $" class=\"{cls}\"" : string.Empty)}>";
}
