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
        var document = MarkdownRendering.Parse(file.Text);
        var frontMatter = document.Descendants<YamlFrontMatterBlock>().FirstOrDefault();
        if (frontMatter is null)
        {
            var message = file.Text.TrimStart().StartsWith("---", StringComparison.Ordinal)
                ? "the front matter is not closed \u2014 add a line with just --- after the last setting"
                : "the file has no front matter \u2014 start it with a line ---, the settings, then another line ---";
            errors.Add(file.Path, TextPosition.StartOfFile, message);
            return null;
        }

        // Markdig counts lines from 0 and the YAML starts on the line after the opening ---.
        var lineOffset = frontMatter.Line + 1;
        // An empty block (--- straight after ---) has no line array at all.
        var yaml = frontMatter.Lines.Count == 0
            ? string.Empty
            : string.Join('\n', frontMatter.Lines.Lines.Take(frontMatter.Lines.Count).Select(l => l.ToString()));
        var mapping = YamlText.ParseMapping(yaml, file.Path, lineOffset, errors);
        if (mapping is null)
        {
            return null;
        }

        var fields = new YamlFields(mapping, set, file.Path, lineOffset, errors);
        // The body is kept as Markdown, from the line break that ends the closing ---: that blank
        // first line stops Markdig from reading a body that starts with --- as front matter, so
        // parsed on its own the body renders exactly as it does inside the whole file.
        var body = file.Text[(frontMatter.Span.End + 1)..];
        return new MarkdownFile(fields, RichText.Block(body), CollectLinks(document, file.Path));
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

    private static List<ContentLink> CollectLinks(MarkdownDocument document, string path)
    {
        var links = new List<ContentLink>();
        foreach (var inline in document.Descendants<Inline>())
        {
            var url = inline switch
            {
                LinkInline link => link.Url,
                AutolinkInline autolink => autolink.Url,
                _ => null,
            };
            if (url is not null)
            {
                links.Add(new ContentLink(path, new TextPosition(inline.Line + 1, inline.Column + 1), url));
            }
        }

        return links;
    }
}
