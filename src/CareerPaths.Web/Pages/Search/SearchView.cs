using CareerPaths.Content.Addresses;
using CareerPaths.Content.Model;
using CareerPaths.Content.Search;

namespace CareerPaths.Web.Pages.Search;

/// <summary>What the search page shows: the results, the notices around them, and each filter's choices with their counts.</summary>
internal sealed record SearchView(SearchResults Answer, SearchRequest Request, IReadOnlyList<FilterGroup> Filters)
{
    public string Query => Answer.Query;

    /// <summary>True when the query had text but no letters or digits at all.</summary>
    public bool NoLetters => Query.Length > 0 && !Query.Any(char.IsLetterOrDigit);

    public bool HasFilter => Request.Kind is not null || Request.Track is not null || Request.Level is not null;

    public string CountText
    {
        get
        {
            var noun = Answer.Partial ? "partial match" : "result";
            var count = $"{Answer.Total} {noun}{(Answer.Total == 1 ? string.Empty : Answer.Partial ? "es" : "s")} for \u201c{Query}\u201d";
            return Answer.Total > Answer.Results.Count ? $"{count}; the best {Answer.Results.Count} are shown." : count + ".";
        }
    }

    public static SearchView Make(Catalog catalog, SearchResults answer, SearchRequest request)
    {
        var kinds = answer.Kinds.Select(k => new FilterChoice(
            k.Value.PluralName, k.Count, SiteMap.Search(answer.Query, k.Value.Slug, request.Track, request.Level), request.Kind == k.Value.Slug));
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
            new("Kind", "All kinds", SiteMap.Search(answer.Query, null, request.Track, request.Level), request.Kind is null, [.. kinds]),
            new("Track", "All tracks", SiteMap.Search(answer.Query, request.Kind, null, request.Level), request.Track is null, [.. tracks]),
            new("Level", "All levels", SiteMap.Search(answer.Query, request.Kind, request.Track, null), request.Level is null, [.. levels]),
        ];
        return new SearchView(answer, request, [.. groups.Where(g => g.Choices.Count > 0)]);
    }
}

/// <param name="AnyUrl">The same search without this filter.</param>
internal sealed record FilterGroup(string Name, string AnyLabel, SitePath AnyUrl, bool AnySelected, IReadOnlyList<FilterChoice> Choices);

internal sealed record FilterChoice(string Label, int Count, SitePath Url, bool Selected);
