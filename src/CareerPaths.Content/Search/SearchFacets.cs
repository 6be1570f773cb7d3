namespace CareerPaths.Content.Search;

/// <summary>
/// Counts per filter value. Each filter counts the matches the other filters allow, so a count
/// says what choosing that value would show: the usual behaviour of faceted search.
/// </summary>
internal static class SearchFacets
{
    public static IReadOnlyList<FacetCount<SearchKind>> Kinds(IEnumerable<SearchDocument> matched, SearchRequest request) =>
        [.. matched
            .Where(d => request.TrackAllows(d) && request.LevelAllows(d))
            .GroupBy(d => d.Kind)
            .OrderBy(g => g.Key.Order)
            .Select(g => new FacetCount<SearchKind>(g.Key, g.Count()))];

    /// <summary>Track slugs with their counts, in no particular order: the page puts them in the catalog's order.</summary>
    public static IReadOnlyList<FacetCount<string>> Tracks(IEnumerable<SearchDocument> matched, SearchRequest request) =>
        [.. matched
            .Where(d => request.KindAllows(d) && request.LevelAllows(d))
            .SelectMany(d => d.Tracks)
            .GroupBy(t => t, StringComparer.Ordinal)
            .Select(g => new FacetCount<string>(g.Key, g.Count()))];

    public static IReadOnlyList<FacetCount<string>> Levels(IEnumerable<SearchDocument> matched, SearchRequest request) =>
        [.. matched
            .Where(d => d.Level is not null && request.KindAllows(d) && request.TrackAllows(d))
            .GroupBy(d => d.Level!, StringComparer.Ordinal)
            .Select(g => new FacetCount<string>(g.Key, g.Count()))];
}
