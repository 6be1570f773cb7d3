using CareerPaths.Content.Addresses;

namespace CareerPaths.Content.Search;

/// <summary>
/// One thing search can find (a role, entry point, guide, certification, learning resource, track
/// or section page), with its text split into the fields that rank differently. The body is read
/// through a function so a large catalog does not keep a second, plain-text copy of every page.
/// </summary>
/// <param name="Keywords">Short text that says what the entry is about: a role's skills and duties, a guide's audience.</param>
public sealed record SearchDocument(SearchKind Kind, string Title, SitePath Url, string Summary, string Keywords, Func<string> BodyText)
{
    public SearchDocument(SearchKind kind, string title, SitePath url, string summary, string keywords, string body)
        : this(kind, title, url, summary, keywords, () => body)
    {
    }

    /// <summary>Other titles the entry goes by (a role's job titles): they rank like the title.</summary>
    public IReadOnlyList<string> JobTitles { get; init; } = [];

    /// <summary>The slugs of the tracks the entry belongs to, for the track filter.</summary>
    public IReadOnlyList<string> Tracks { get; init; } = [];

    /// <summary>The slug of the entry's level, for the level filter; null when it has none.</summary>
    public string? Level { get; init; }

    public string Body => BodyText();
}
