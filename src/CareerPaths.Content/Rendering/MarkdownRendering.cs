using Markdig;
using Markdig.Syntax;

namespace CareerPaths.Content.Rendering;

/// <summary>
/// The one Markdown pipeline of the site, built once and shared (Markdig pipelines are immutable
/// and thread-safe). Raw HTML is disabled, so anything an editor types as HTML is shown as text
/// and can never run as script.
/// </summary>
public static class MarkdownRendering
{
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .DisableHtml()
        .Build();

    public static MarkdownDocument Parse(string markdown) => Markdown.Parse(markdown, Pipeline);

    public static string ToHtml(string markdown) => Markdown.ToHtml(markdown, Pipeline).Trim();

    /// <summary>One paragraph of inline Markdown (an intro field), without the surrounding &lt;p&gt;.</summary>
    public static string ToInlineHtml(string markdown)
    {
        var html = ToHtml(markdown);
        if (html.StartsWith("<p>", StringComparison.Ordinal) && html.EndsWith("</p>", StringComparison.Ordinal)
            && html.IndexOf("<p>", 3, StringComparison.Ordinal) < 0)
        {
            html = html[3..^4];
        }

        return html;
    }

    /// <summary>
    /// Markdig's own plain-text rendering, with every run of whitespace (the line breaks between
    /// blocks included) folded to one space: search splits words and cuts snippets on spaces.
    /// </summary>
    public static string ToPlainText(string markdown) =>
        string.Join(' ', Markdown.ToPlainText(markdown, Pipeline).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
