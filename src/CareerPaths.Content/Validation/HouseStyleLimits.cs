namespace CareerPaths.Content.Validation;

/// <summary>
/// The bounds of the house style, in one place: how content should read, as opposed to what makes
/// it valid. Content outside them still loads and is served; `validate` warns about it, and
/// `validate --strict` fails on it. content/README.md ("House style (warnings)") explains each to
/// editors, so a change here belongs there too.
/// </summary>
public sealed record HouseStyleLimits
{
    public static HouseStyleLimits Default { get; } = new();

    /// <summary>Fewer positions make a thin ladder; more make the track table hard to scan.</summary>
    public int MinPositionsPerTrack { get; init; } = 5;

    public int MaxPositionsPerTrack { get; init; } = 8;

    /// <summary>The narrative covers the job day to day, the way in, and what comes next.</summary>
    public int MinRoleParagraphs { get; init; } = 3;

    public int MaxRoleParagraphs { get; init; } = 5;

    /// <summary>A guide shorter than this rarely gets past the obvious.</summary>
    public int MinGuideWords { get; init; } = 500;

    /// <summary>
    /// Summaries of roles, tracks and guides are the cards' text and the pages' meta description:
    /// shorter says nothing, longer is cut off by search engines. The real summaries are 100 to 155.
    /// </summary>
    public int MinSummaryLength { get; init; } = 40;

    public int MaxSummaryLength { get; init; } = 200;

    /// <summary>A section page's description is only its meta description, with the same limits.</summary>
    public int MinDescriptionLength { get; init; } = 40;

    public int MaxDescriptionLength { get; init; } = 200;
}
