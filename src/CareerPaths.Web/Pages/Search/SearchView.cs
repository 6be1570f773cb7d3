using CareerPaths.Content.Addresses;
using CareerPaths.Content.Model;
using CareerPaths.Content.Search;

namespace CareerPaths.Web.Pages.Search;

/// <summary>What the search page shows: the results, the notices around them, and each filter's choices with their counts.</summary>
internal sealed record SearchView(SearchResults Answer, SearchRequest Request, IReadOnlyList<FilterGroup> Filters, string CountText)
{
    public string Query => Answer.Query;

    /// <summary>True when the query had text but no letters or digits at all.</summary>
    public bool NoLetters => Query.Length > 0 && !Query.Any(char.IsLetterOrDigit);

    public bool HasFilter => Request.Kind is not null || Request.Track is not null || Request.Level is not null;

    /// <summary>"12 results for “python”." or "80 results for “security”; the best 50 are shown." in the page's language.</summary>
    public static string CountOf(InterfaceText text, SearchResults answer)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(answer);
        var key = (answer.Partial ? "search.partial-count-" : "search.count-") + (answer.Total == 1 ? "one" : "other");
        var results = text[key, ("count", answer.Total), ("query", answer.Query)];
        return answer.Total > answer.Results.Count
            ? text["search.count-best", ("results", results), ("shown", answer.Results.Count)]
            : text["search.count-all", ("results", results)];
    }

    /// <summary>What a result is ("Role"), in the page's language.</summary>
    public static string KindName(InterfaceText text, SearchKind kind)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(kind);
        return text["search.kind-" + kind.Slug];
    }

    /// <summary>A kind as a filter choice ("Roles"), in the page's language.</summary>
    public static string KindPluralName(InterfaceText text, SearchKind kind)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(kind);
        return text["search.kind-" + kind.Slug + "-plural"];
    }

    public static SearchView Make(Catalog catalog, SearchResults answer, SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(request);
        var text = catalog.Text;
        var kinds = answer.Kinds.Select(k => new FilterChoice(
            KindPluralName(text, k.Value), k.Count, SiteMap.Search(answer.Query, k.Value.Slug, request.Track, request.Level), request.Kind == k.Value.Slug));
        var tracks = catalog.Tracks
            .Select(t => (Track: t, Count: answer.Tracks.FirstOrDefault(c => c.Value == t.Slug)?.Count ?? 0))
            .Where(p => p.Count > 0 || request.Track == p.Track.Slug)
            .Select(p => new FilterChoice(p.Track.Name, p.Count, SiteMap.Search(answer.Query, request.Kind, p.Track.Slug, request.Level), request.Track == p.Track.Slug));
        var levels = catalog.Levels
            .Select(l => (Level: l, Count: answer.Levels.FirstOrDefault(c => c.Value == l.Slug)?.Count ?? 0))
            .Where(p => p.Count > 0 || request.Level == p.Level.Slug)
            .Select(p => new FilterChoice(p.Level.Name, p.Count, SiteMap.Search(answer.Query, request.Kind, request.Track, p.Level.Slug), request.Level == p.Level.Slug));
        FilterGroup[] groups =
        [
            new(text["search.filter-kind"], text["search.filter-kind-any"], SiteMap.Search(answer.Query, null, request.Track, request.Level), request.Kind is null, [.. kinds]),
            new(text["search.filter-track"], text["search.filter-track-any"], SiteMap.Search(answer.Query, request.Kind, null, request.Level), request.Track is null, [.. tracks]),
            new(text["search.filter-level"], text["search.filter-level-any"], SiteMap.Search(answer.Query, request.Kind, request.Track, null), request.Level is null, [.. levels]),
        ];
        return new SearchView(answer, request, [.. groups.Where(g => g.Choices.Count > 0)], CountOf(text, answer));
    }
}

/// <param name="AnyUrl">The same search without this filter.</param>
internal sealed record FilterGroup(string Name, string AnyLabel, SitePath AnyUrl, bool AnySelected, IReadOnlyList<FilterChoice> Choices);

internal sealed record FilterChoice(string Label, int Count, SitePath Url, bool Selected);
