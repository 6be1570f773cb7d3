using CareerPaths.Content.Model;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace CareerPaths.Content.Loading;

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

    public static RichText Render(MarkdownDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return new RichText(writer.ToString().Trim());
    }

    /// <summary>One paragraph of inline Markdown (an intro field), without the surrounding &lt;p&gt;.</summary>
    public static RichText RenderInline(MarkdownDocument document)
    {
        var html = Render(document).Html;
        if (html.StartsWith("<p>", StringComparison.Ordinal) && html.EndsWith("</p>", StringComparison.Ordinal)
            && html.IndexOf("<p>", 3, StringComparison.Ordinal) < 0)
        {
            html = html[3..^4];
        }

        return new RichText(html);
    }
}
