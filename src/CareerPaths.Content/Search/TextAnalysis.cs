using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace CareerPaths.Content.Search;

/// <summary>One word the analyzer produced, with where it stood in the text.</summary>
internal readonly record struct AnalyzedToken(string Term, int Start, int End);

internal static class TextAnalysis
{
    public static List<AnalyzedToken> Tokens(Analyzer analyzer, string text)
    {
        var tokens = new List<AnalyzedToken>();
        using var stream = analyzer.GetTokenStream(SearchFields.Body, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(new AnalyzedToken(term.ToString(), offset.StartOffset, offset.EndOffset));
        }

        stream.End();
        return tokens;
    }

    public static string[] Terms(Analyzer analyzer, string text) => [.. Tokens(analyzer, text).Select(t => t.Term)];

    /// <summary>The key a title is matched by as a whole: its stemmed words, space-separated.</summary>
    public static string Key(SearchLanguage language, string text) => string.Join(' ', Terms(language.Stemmed, text));

    /// <summary>
    /// The title, and the parts people search by on their own: "CISSP (Certified Information ...)"
    /// is also "CISSP" and "Certified Information ...", "Legal Professional → AI Policy Advisor"
    /// is also "Legal Professional".
    /// </summary>
    public static IEnumerable<string> TitleVariants(string title) =>
        title.Split(['(', ')', '\u2192', ':'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Prepend(title).Distinct(StringComparer.Ordinal);
}
