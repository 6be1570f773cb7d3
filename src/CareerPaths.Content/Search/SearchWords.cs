using System.Collections.Frozen;

namespace CareerPaths.Content.Search;

/// <summary>The distinct lower-case words of a text, sorted, so a term can be matched as a word prefix with a binary search.</summary>
internal sealed class SearchWords
{
    private readonly string[] _sorted;
    private readonly FrozenSet<string> _set;

    private SearchWords(string[] sorted)
    {
        _sorted = sorted;
        _set = sorted.ToFrozenSet(StringComparer.Ordinal);
    }

    public static SearchWords Of(string text) =>
        new([.. Tokenizer.Words(text).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]);

    public bool ContainsExact(string term) => _set.Contains(term);

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
