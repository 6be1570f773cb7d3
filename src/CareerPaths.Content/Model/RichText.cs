using System.Net;
using System.Text.RegularExpressions;

namespace CareerPaths.Content.Model;

/// <summary>
/// Markdown rendered once at load to safe HTML. The plain text (for search and descriptions) is
/// worked out from the HTML when asked for rather than kept, which halves what a large catalog
/// holds in memory.
/// </summary>
public sealed partial record RichText(string Html)
{
    public bool IsEmpty => Html.Length == 0;

    /// <summary>The text a reader sees, with tags removed, entities decoded and whitespace folded.</summary>
    public string PlainText =>
        Whitespace().Replace(WebUtility.HtmlDecode(InlineTags().Replace(BlockTags().Replace(Html, " "), string.Empty)), " ").Trim();

    /// <summary>Tags that separate blocks of text, which become a space.</summary>
    [GeneratedRegex(@"</?(?:p|h[1-6]|li|ul|ol|table|thead|tbody|tr|td|th|blockquote|pre|div|br|hr)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockTags();

    /// <summary>Every other tag (emphasis, links, code) sits inside a sentence and just goes.</summary>
    [GeneratedRegex("<[^>]*>")]
    private static partial Regex InlineTags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
