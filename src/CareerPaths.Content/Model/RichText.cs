using CareerPaths.Content.Rendering;

namespace CareerPaths.Content.Model;

/// <summary>
/// Markdown an editor wrote, rendered with the site's one pipeline when asked for. Only the
/// Markdown is kept (for prose it is smaller than its HTML), so a large catalog holds one string
/// per page instead of HTML plus plain text. Pages are output-cached, so a page's HTML is
/// rendered once per catalog version, not once per request; plain text is rendered for the
/// search index and for the snippets of the results shown.
/// </summary>
public sealed record RichText
{
    private readonly bool _inline;

    private RichText(string markdown, bool inline)
    {
        Markdown = markdown;
        _inline = inline;
    }

    /// <summary>The Markdown source: the body of a content file, or the text of one inline field.</summary>
    public string Markdown { get; }

    /// <summary>Safe HTML (raw HTML in the Markdown is shown as text, never passed through).</summary>
    public string Html => _inline ? MarkdownRendering.ToInlineHtml(Markdown) : MarkdownRendering.ToHtml(Markdown);

    /// <summary>The text a reader sees, whitespace folded to single spaces, for search and word counts.</summary>
    public string PlainText => MarkdownRendering.ToPlainText(Markdown);

    public bool IsEmpty => Html.Length == 0;

    /// <summary>Block Markdown: the body of a content file.</summary>
    public static RichText Block(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        return new RichText(markdown, inline: false);
    }

    /// <summary>One paragraph of inline Markdown (an intro field), shown without a surrounding &lt;p&gt;.</summary>
    public static RichText Inline(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        return new RichText(markdown, inline: true);
    }
}
