using CareerPaths.Content.Diagnostics;
using CareerPaths.Content.Model;
using CareerPaths.Content.Rendering;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CareerPaths.Content.Loading;

/// <summary>
/// The second stage for Markdown entries: splits the front matter from the body, parses the
/// front matter as YAML with line numbers that match the file, and collects the body's links.
/// </summary>
internal sealed class MarkdownFile
{
    private MarkdownFile(YamlFields fields, RichText body, IReadOnlyList<ContentLink> links)
    {
        Fields = fields;
        Body = body;
        Links = links;
    }

    public YamlFields Fields { get; }

    public RichText Body { get; }

    public IReadOnlyList<ContentLink> Links { get; }

    public static MarkdownFile? Parse(ContentFile file, FieldSet set, ContentErrors errors)
    {
        if ((SplitFast(file.Text) ?? SplitWithMarkdig(file.Text)) is not { } parts)
        {
            var message = file.Text.TrimStart().StartsWith("---", StringComparison.Ordinal)
                ? "the front matter is not closed \u2014 add a line with just --- after the last setting"
                : "the file has no front matter \u2014 start it with a line ---, the settings, then another line ---";
            errors.Add(file.Path, TextPosition.StartOfFile, message);
            return null;
        }

        // Markdig only recognises front matter on the first line, so the YAML starts on line 1.
        const int lineOffset = 1;
        var mapping = YamlText.ParseMapping(parts.Yaml, file.Path, lineOffset, errors);
        if (mapping is null)
        {
            return null;
        }

        var fields = new YamlFields(mapping, set, file.Path, lineOffset, errors);
        return new MarkdownFile(fields, RichText.Block(parts.Body), parts.Links(file.Path));
    }

    /// <summary>
    /// A file split into its front matter and its body. The body is Markdown, from the line break
    /// that ends the closing ---: that blank first line stops Markdig from reading a body that
    /// starts with --- as front matter, so parsed on its own the body renders exactly as it does
    /// inside the whole file.
    /// </summary>
    /// <param name="Document">The parsed body, or the whole file parsed.</param>
    /// <param name="DocumentLine">The file's line (from 0) of the document's line 0.</param>
    internal sealed record Parts(string Yaml, string Body, MarkdownDocument Document, int DocumentLine)
    {
        /// <summary>The body's links, at their lines and columns in the file.</summary>
        public List<ContentLink> Links(string path)
        {
            var links = new List<ContentLink>();
            foreach (var inline in Document.Descendants<Inline>())
            {
                var url = inline switch
                {
                    LinkInline link => link.Url,
                    AutolinkInline autolink => autolink.Url,
                    _ => null,
                };
                if (url is not null)
                {
                    links.Add(new ContentLink(path, new TextPosition(DocumentLine + inline.Line + 1, inline.Column + 1), url));
                }
            }

            return links;
        }
    }

    /// <summary>A file in the usual shape, split without Markdig (see <see cref="FrontMatterSplit"/>); Markdig parses only the body.</summary>
    internal static Parts? SplitFast(string text)
    {
        if (FrontMatterSplit.TryFast(text) is not { } split)
        {
            return null;
        }

        // The body's own line 0 is the closing --- line's.
        var body = text[split.BodyStart..];
        return new Parts(split.Yaml, body, MarkdownRendering.Parse(body), split.ClosingLine);
    }

    /// <summary>Any file, split as Markdig reads it; null without front matter.</summary>
    internal static Parts? SplitWithMarkdig(string text)
    {
        var document = MarkdownRendering.Parse(text);
        // Markdig only recognises front matter on the first line, so it is always the first block.
        if (document.Count == 0 || document[0] is not YamlFrontMatterBlock frontMatter)
        {
            return null;
        }

        return new Parts(FrontMatterText(text, frontMatter), text[(frontMatter.Span.End + 1)..], document, 0);
    }

    /// <summary>
    /// The front matter's lines joined by \n. In a file with \n line breaks they are already one
    /// piece of the text; with \r\n the lines are joined without their \r.
    /// </summary>
    private static string FrontMatterText(string text, YamlFrontMatterBlock frontMatter)
    {
        var lines = frontMatter.Lines;
        if (lines.Count == 0)
        {
            // An empty block (--- straight after ---) has no line array at all.
            return string.Empty;
        }

        var (first, last) = (lines.Lines[0].Slice, lines.Lines[lines.Count - 1].Slice);
        if (ReferenceEquals(first.Text, text) && ReferenceEquals(last.Text, text) && text.AsSpan(first.Start, last.End + 1 - first.Start) is var piece && !piece.Contains('\r'))
        {
            return piece.ToString();
        }

        return string.Join('\n', lines.Lines.Take(lines.Count).Select(l => l.ToString()));
    }

    /// <summary>Reads an inline Markdown field such as an intro, collecting its links at the field's position.</summary>
    public static (RichText Text, IReadOnlyList<ContentLink> Links) ParseInline(string markdown, string path, TextPosition position)
    {
        var document = MarkdownRendering.Parse(markdown);
        var links = document.Descendants<LinkInline>()
            .Select(link => new ContentLink(path, position, link.Url ?? string.Empty))
            .ToList();
        return (RichText.Inline(markdown), links);
    }
}
