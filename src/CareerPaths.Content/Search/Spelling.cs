using CareerPaths.Content.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace CareerPaths.Content.Search;

/// <summary>
/// Corrections for a misspelt word, from the words the index itself holds (so a suggestion always
/// finds something): the closest by edit distance, then the most used. Lucene's Levenshtein
/// automaton finds them without scanning every word.
/// </summary>
internal sealed class Spelling(IndexReader reader)
{
    /// <summary>Shorter words have too many near neighbours ("test", "team", "teams") to guess from.</summary>
    public const int MinLength = 5;

    private readonly Terms? _words = MultiFields.GetTerms(reader, SearchFields.Words);

    public bool IsKnown(string word) => reader.DocFreq(new Term(SearchFields.Words, word)) > 0;

    public IReadOnlyList<string> Corrections(string word, int max)
    {
        if (_words is null || word.Length < MinLength || word.Any(char.IsDigit))
        {
            return [];
        }

        // One edit for words up to seven letters, two for longer ones: Lucene's own fuzzy defaults.
        var edits = word.Length >= 8 ? 2 : 1;
        var candidates = new List<(string Word, int Distance, int Frequency)>();
        var fuzzy = new FuzzyTermsEnum(_words, new AttributeSource(), new Term(SearchFields.Words, word), edits, 1, true);
        while (fuzzy.MoveNext())
        {
            var text = fuzzy.Term.Utf8ToString();
            candidates.Add((text, Suggestions.Distance(word, text), fuzzy.DocFreq));
        }

        return [.. candidates
            .OrderBy(c => c.Distance)
            .ThenByDescending(c => c.Frequency)
            .ThenBy(c => c.Word, StringComparer.Ordinal)
            .Take(max)
            .Select(c => c.Word)];
    }
}
