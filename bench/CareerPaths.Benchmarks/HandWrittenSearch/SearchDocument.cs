using CareerPaths.Content.Addresses;

namespace CareerPaths.Benchmarks.HandWrittenSearch;

/// <summary>
/// One thing search can find (a role, track, guide, certification, learning resource or section
/// page), with its text split into the three fields that rank differently. The body is read
/// through a function so a large catalog does not keep a second, plain-text copy of every page.
/// </summary>
internal sealed record SearchDocument(string Kind, string Title, SitePath Url, string Summary, string Skills, Func<string> BodyText)
{
    public SearchDocument(string kind, string title, SitePath url, string summary, string skills, string body)
        : this(kind, title, url, summary, skills, () => body)
    {
    }

    public string Body => BodyText();
}
