namespace CareerPaths.Content.Search;

/// <summary>
/// The answer to a <see cref="SearchRequest"/>: the results shown, in rank order, and what the
/// page needs around them. Each filter's counts are what choosing that value would show, given
/// the other filters, so a visitor can see before clicking how many results a choice leaves.
/// </summary>
/// <param name="Query">The query as searched: cleaned and cut to <see cref="QueryText.MaxLength"/>.</param>
/// <param name="Total">How many results match the filters; at most <see cref="SearchIndex.MaxResults"/> are in <paramref name="Results"/>.</param>
/// <param name="Partial">True when no page has every word, and these are the pages with the most of them.</param>
/// <param name="DidYouMean">The query with misspelt words corrected, from the index's own words; null when nothing looked misspelt.</param>
/// <param name="Searchable">False when the query had no word worth searching for (only punctuation, or only words such as "the").</param>
public sealed record SearchResults(
    string Query,
    IReadOnlyList<SearchResult> Results,
    int Total,
    bool Partial,
    string? DidYouMean,
    bool Searchable,
    IReadOnlyList<FacetCount<SearchKind>> Kinds,
    IReadOnlyList<FacetCount<string>> Tracks,
    IReadOnlyList<FacetCount<string>> Levels)
{
    public static SearchResults Nothing(string query, bool searchable) => new(query, [], 0, false, null, searchable, [], [], []);
}

/// <summary>One value of a filter and how many results it would show.</summary>
public sealed record FacetCount<T>(T Value, int Count);
