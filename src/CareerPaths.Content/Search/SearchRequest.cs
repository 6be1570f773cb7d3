namespace CareerPaths.Content.Search;

/// <summary>A search as the address states it: the words, and the kind, track and level to narrow to (slugs; null for any).</summary>
public sealed record SearchRequest(string? Query, string? Kind = null, string? Track = null, string? Level = null)
{
    internal bool KindAllows(SearchDocument document) => Kind is null || document.Kind.Slug == Kind;

    internal bool TrackAllows(SearchDocument document) => Track is null || document.Tracks.Contains(Track);

    internal bool LevelAllows(SearchDocument document) => Level is null || document.Level == Level;

    internal bool Allows(SearchDocument document) => KindAllows(document) && TrackAllows(document) && LevelAllows(document);
}
