using CareerPaths.Content.Loading;

namespace CareerPaths.Content.Model;

/// <summary>
/// Markdown an editor wrote, rendered with the site's one pipeline when asked for. Only the
/// Markdown is kept: for a body it is the file's own text (the front matter renders as nothing),
/// the same string the live-reload cache already holds, so a large catalog keeps neither a
/// second HTML copy nor a plain-text copy of every page. Pages are output-cached, so a page's
/// HTML is rendered once per catalog version, not once per request.
/// </summary>
public sealed record RichText
{
    private readonly bool _inline;

    private RichText(string markdown, bool inline)
    {
        Markdown = markdown;
        _inline = inline;
    }

    /// <summary>The Markdown source: a whole content file, or the text of one inline field.</summary>
    public string Markdown { get; }

    /// <summary>Safe HTML (raw HTML in the Markdown is shown as text, never passed through).</summary>
    public string Html => _inline ? MarkdownRendering.ToInlineHtml(Markdown) : MarkdownRendering.ToHtml(Markdown);

    /// <summary>The text a reader sees, whitespace folded to single spaces, for search and word counts.</summary>
    public string PlainText => MarkdownRendering.ToPlainText(Markdown);

    public bool IsEmpty => Html.Length == 0;

    /// <summary>Block Markdown: a file's body, with or without its front matter.</summary>
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
