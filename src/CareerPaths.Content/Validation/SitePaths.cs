namespace CareerPaths.Content.Validation;

/// <summary>
/// The addresses the site serves. Markdown links are checked against these; the web project's
/// routes follow the same scheme, and its crawl test proves the two agree.
/// </summary>
public static class SitePaths
{
    public static readonly IReadOnlyList<string> Fixed =
    [
        "/", "/tracks", "/progression", "/entry-points", "/roles", "/find-your-path", "/map", "/search",
        "/resources", "/resources/certifications", "/resources/learning", "/resources/downloads",
        "/data/careers.json", "/data/careers.csv", "/data/careers.schema.json",
    ];

    public static string Track(string slug) => "/tracks/" + slug;

    public static string TrackPrint(string slug) => "/tracks/" + slug + "/print";

    public static string Role(string slug) => "/roles/" + slug;

    public static string Guide(string slug) => "/guides/" + slug;

    public static IReadOnlySet<string> Known(IEnumerable<string> tracks, IEnumerable<string> roles, IEnumerable<string> guides) =>
        Fixed
            .Concat(tracks.SelectMany(t => new[] { Track(t), TrackPrint(t) }))
            .Concat(roles.Select(Role))
            .Concat(guides.Select(Guide))
            .ToHashSet(StringComparer.Ordinal);
}
