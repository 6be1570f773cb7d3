using AngleSharp.Html.Parser;

namespace CareerPaths.Web.Export;

/// <summary>
/// The local files a page loads (stylesheets, scripts, icons, images), read from the parsed page
/// rather than matched in its text, so quoting, entities and attribute order cannot hide one.
/// </summary>
internal static class PageAssets
{
    /// <summary>Where each element keeps the address of the file it loads.</summary>
    private const string Selector = "link[href], script[src], img[src]";

    /// <summary>The kinds of file the export copies; links to pages are not assets.</summary>
    private static readonly string[] Extensions = [".css", ".js", ".svg", ".png", ".ico", ".webp", ".woff2"];

    /// <summary>
    /// One parser per thread, as the export parses every page: creating one builds a whole browsing
    /// context. It skips what no element or attribute depends on (text, comments, the text of
    /// scripts and styles); the tokenizer still reads them in the states the HTML standard gives,
    /// so a tag inside a comment or a script is still not an element.
    /// </summary>
    private static readonly ThreadLocal<HtmlParser> Parser = new(() => new HtmlParser(new HtmlParserOptions
    {
        SkipDataText = true,
        SkipComments = true,
        SkipScriptText = true,
        SkipRawText = true,
        SkipRCDataText = true,
        SkipCDATA = true,
        SkipPlaintext = true,
        SkipProcessingInstructions = true,
        DisableElementPositionTracking = true,
    }));

    public static IReadOnlyList<string> Find(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        using var document = Parser.Value!.ParseDocument(html);
        return [.. document.QuerySelectorAll(Selector)
            .Select(element => element.GetAttribute(element.LocalName == "link" ? "href" : "src"))
            .OfType<string>()
            .Where(IsLocalAsset)];
    }

    /// <summary>
    /// A root-relative address on this site ("/css/site.css?v=1", not "//cdn/x.css" or
    /// "https://...") whose path ends in an asset extension; the query string is kept, as the
    /// page asks for it.
    /// </summary>
    private static bool IsLocalAsset(string url)
    {
        if (!url.StartsWith('/') || url.StartsWith("//", StringComparison.Ordinal))
        {
            return false;
        }

        var query = url.IndexOf('?', StringComparison.Ordinal);
        var path = query < 0 ? url : url[..query];
        return Extensions.Any(extension => path.EndsWith(extension, StringComparison.OrdinalIgnoreCase));
    }
}
