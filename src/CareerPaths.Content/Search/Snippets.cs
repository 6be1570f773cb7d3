using System.Text.Encodings.Web;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace CareerPaths.Content.Search;

/// <summary>
/// A short passage of a result's text with the query's words (stems, synonyms and corrections
/// included) marked, by Lucene's highlighter. The text is HTML-encoded; only the marks are HTML.
/// Words are scored one by one (QueryTermScorer): checking phrase positions would index every
/// snippet's text in memory again, for marks a reader would hardly tell apart.
/// </summary>
/// <remarks>
/// One instance serves one search: the query's terms are extracted once and the highlighter is
/// reused for every result, since a query with synonyms and corrections has hundreds of clauses.
/// Not thread-safe; a search makes its snippets one after another.
/// </remarks>
internal sealed class Snippets
{
    private const int Length = 180;
    private const int MaxCharsAnalyzed = 1500;
    private const string Ellipsis = "\u2026";

    private readonly HtmlTextEncoder _encoder = new();
    private readonly Highlighter _highlighter;
    private readonly SearchLanguage _language;

    public Snippets(Query query, SearchLanguage language)
    {
        _language = language;
        _highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), _encoder, new QueryTermScorer(QueryTermExtractor.GetTerms(query)))
        {
            TextFragmenter = new SimpleFragmenter(Length),

            // The passage is looked for near the top, where summaries and first paragraphs say the
            // most; analysing whole long pages for each of fifty results would dominate a search.
            MaxDocCharsToAnalyze = MaxCharsAnalyzed,
        };
    }

    public string Make(SearchDocument document)
    {
        // The summary first: it is short and usually has a word of the query. The body is rendered
        // and analysed only when it has not, since that is most of the cost of a search.
        foreach (var text in Texts(document))
        {
            if (text.Length > 0 && _highlighter.GetBestFragment(_language.Stemmed, SearchFields.Body, text) is { Length: > 0 } fragment)
            {
                return WithEllipses(fragment, _encoder.EncodeText(text));
            }
        }

        var summary = document.Summary.Length > Length ? document.Summary[..Length] + Ellipsis : document.Summary;
        return _encoder.EncodeText(summary);
    }

    private static IEnumerable<string> Texts(SearchDocument document)
    {
        yield return document.Summary;
        yield return document.Body;
        yield return document.Keywords;
    }

    /// <summary>ASP.NET Core's own HTML encoder, so snippets are encoded like the rest of the page.</summary>
    private sealed class HtmlTextEncoder : IEncoder
    {
        public string EncodeText(string originalText) => HtmlEncoder.Default.Encode(originalText);
    }

    /// <summary>Marks where the passage was cut from a longer text.</summary>
    private static string WithEllipses(string fragment, string encodedText)
    {
        var plain = fragment.Replace("<mark>", string.Empty, StringComparison.Ordinal).Replace("</mark>", string.Empty, StringComparison.Ordinal).Trim();
        var edge = Math.Min(plain.Length, 24);
        var start = encodedText.StartsWith(plain[..edge], StringComparison.Ordinal) ? string.Empty : Ellipsis;
        var end = encodedText.TrimEnd().EndsWith(plain[^edge..], StringComparison.Ordinal) ? string.Empty : Ellipsis;
        return start + fragment.Trim() + end;
    }
}
