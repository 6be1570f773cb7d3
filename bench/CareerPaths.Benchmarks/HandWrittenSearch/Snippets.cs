using System.Text;
using System.Text.Encodings.Web;

namespace CareerPaths.Benchmarks.HandWrittenSearch;

/// <summary>Cuts a short passage around the first match and highlights every matching word in it.</summary>
internal static class Snippets
{
    private const int Length = 180;

    public static string Make(string text, IReadOnlyList<string> terms)
    {
        var first = FirstMatch(text, terms);
        var start = first < 0 ? 0 : Math.Max(0, first - 60);
        if (start > 0)
        {
            var space = text.IndexOf(' ', start);
            start = space >= 0 && space < first ? space + 1 : start;
        }

        var end = Math.Min(text.Length, start + Length);
        if (end < text.Length)
        {
            var space = text.LastIndexOf(' ', end);
            end = space > start ? space : end;
        }

        var html = new StringBuilder();
        if (start > 0)
        {
            html.Append('\u2026');
        }

        Highlight(text[start..end], terms, html);
        if (end < text.Length)
        {
            html.Append('\u2026');
        }

        return html.ToString();
    }

    private static int FirstMatch(string text, IReadOnlyList<string> terms)
    {
        var best = -1;
        foreach (var (index, _) in WordMatches(text, terms))
        {
            best = index;
            break;
        }

        return best;
    }

    private static void Highlight(string text, IReadOnlyList<string> terms, StringBuilder html)
    {
        var encoder = HtmlEncoder.Default;
        var position = 0;
        foreach (var (index, length) in WordMatches(text, terms))
        {
            html.Append(encoder.Encode(text[position..index]));
            html.Append("<mark>").Append(encoder.Encode(text.Substring(index, length))).Append("</mark>");
            position = index + length;
        }

        html.Append(encoder.Encode(text[position..]));
    }

    /// <summary>Each word of the text that starts with a term: its start and length.</summary>
    private static IEnumerable<(int Index, int Length)> WordMatches(string text, IReadOnlyList<string> terms) =>
        Tokenizer.Spans(text).Where(span => terms.Any(term => StartsWith(text, span, term)));

    private static bool StartsWith(string text, (int Start, int Length) word, string term) =>
        term.Length <= word.Length && string.Compare(text, word.Start, term, 0, term.Length, StringComparison.OrdinalIgnoreCase) == 0;
}
