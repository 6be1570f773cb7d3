using CareerPaths.Content.Guidance;
using CareerPaths.Content.Model;
using CareerPaths.Web.Pages.Common;

namespace CareerPaths.Web.Pages.FindYourPath;

/// <summary>
/// The guides, the form's choices (backgrounds by group, each track's focus areas as interests,
/// the levels' years as experience) with the visitor's answers, and the recommendation they lead to, with its certifications
/// ready to show a retiring one's date and successor.
/// </summary>
internal sealed record FindYourPathView(
    IReadOnlyList<Guide> Guides,
    IReadOnlyList<BackgroundGroup> BackgroundGroups,
    IReadOnlyList<Track> Tracks,
    IReadOnlyList<Level> Levels,
    PathQuery Query,
    PathRecommendation? Result,
    IReadOnlyList<CertificationNote> Certifications)
{
    /// <summary>What was set aside from the answers, in the catalog's language.</summary>
    public IReadOnlyList<string> Notices => Result?.Notices ?? [];

    /// <summary>Why the recommendation fits, in the catalog's language.</summary>
    public IReadOnlyList<string> Strengths => Result?.Strengths ?? [];

    public bool IsChosen(string interest) => Query.Interests.Contains(interest, StringComparer.OrdinalIgnoreCase);
}
