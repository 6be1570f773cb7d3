using System.Collections.Concurrent;

namespace CareerPaths.Benchmarks.HandWrittenSearch;

/// <summary>
/// The distinct lower-case words of a text, sorted, so a term can be matched as a word or a word
/// prefix with a binary search. Words come from a pool shared by the whole index, so thousands of
/// similar documents share one copy of each word.
/// </summary>
internal sealed class SearchWords
{
    private readonly string[] _sorted;

    private SearchWords(string[] sorted) => _sorted = sorted;

    public static SearchWords Of(string text, ConcurrentDictionary<string, string> pool)
    {
        var words = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var word in Tokenizer.Words(text))
        {
            words.Add(pool.GetOrAdd(word, word));
        }

        return new SearchWords([.. words]);
    }

    public bool ContainsExact(string term) => Array.BinarySearch(_sorted, term, StringComparer.Ordinal) >= 0;

    /// <summary>True when some word starts with the term: "pen" finds "penetration".</summary>
    public bool ContainsPrefix(string term)
    {
        var index = Array.BinarySearch(_sorted, term, StringComparer.Ordinal);
        if (index >= 0)
        {
            return true;
        }

        var next = ~index;
        return next < _sorted.Length && _sorted[next].StartsWith(term, StringComparison.Ordinal);
    }
}
