namespace CareerPaths.Content.Model;

/// <summary>
/// The editable words of a section of the site (overview, progression, resources, ...):
/// keyed by its address without the leading slash, "" for the overview.
/// </summary>
public sealed record SectionPage(
    string Key,
    string Title,
    string? Heading,
    string Description,
    RichText Intro,
    RichText Body,
    SourceRef Source)
{
    /// <summary>The heading the overview uses for this section.</summary>
    public string OverviewHeading => Heading ?? Title;
}
