using System.Text.RegularExpressions;
using CareerPaths.Content.Diagnostics;
using CareerPaths.Content.Model;

namespace CareerPaths.Content.Validation;

/// <summary>
/// Checks how a valid catalog reads against the house style. Every slip is a warning, never an
/// error: the site serves the content either way, and only `validate --strict` fails on it. Each
/// message starts with the rule's name in brackets, so editors can look it up in content/README.md.
/// </summary>
public static partial class HouseStyleChecks
{
    public const string TrackPositions = "style:track-positions";
    public const string RoleParagraphs = "style:role-paragraphs";
    public const string GuideLength = "style:guide-length";
    public const string SummaryLength = "style:summary-length";
    public const string DescriptionLength = "style:description-length";

    /// <param name="displayRoot">How the content folder is shown in messages, such as "content".</param>
    public static IReadOnlyList<ContentError> Check(Catalog catalog, HouseStyleLimits limits, string displayRoot)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(limits);
        var warnings = new ContentErrors(displayRoot);
        foreach (var track in catalog.Tracks)
        {
            var count = catalog.RolesIn(track).Count;
            var fix = count < limits.MinPositionsPerTrack
                ? $"add a role with `track: {track.Slug}` so the ladder has a choice at more levels"
                : "merge two similar roles or move one to another track, so the track table stays easy to scan";
            Outside(warnings, track.Source, TextPosition.StartOfFile, TrackPositions, $"the {track.Name} track has {count} positions", count, limits.MinPositionsPerTrack, limits.MaxPositionsPerTrack, fix);
            Summary(warnings, track.Source, "track", track.Title, track.Summary, limits);
        }

        foreach (var role in catalog.Roles)
        {
            var count = ParagraphTag().Count(role.Body.Html);
            var fix = count < limits.MinRoleParagraphs
                ? "below the front matter, say what the job is day to day, how people get into it and what comes next, with a blank line between paragraphs"
                : "merge or cut paragraphs so the page stays short; a blank line starts a new paragraph";
            Outside(warnings, role.Source, TextPosition.StartOfFile, RoleParagraphs, $"the narrative of '{role.Title}' has {count} paragraph(s)", count, limits.MinRoleParagraphs, limits.MaxRoleParagraphs, fix);
            Summary(warnings, role.Source, "role", role.Title, role.Summary, limits);
        }

        foreach (var guide in catalog.Guides)
        {
            var words = guide.Body.PlainText.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            if (words < limits.MinGuideWords)
            {
                warnings.Warn(guide.Source.Path, TextPosition.StartOfFile, $"[{GuideLength}] the guide '{guide.Title}' has {words} words; the house style is at least {limits.MinGuideWords} \u2014 add the first steps to take, the skills to build and the roles to aim for");
            }

            Summary(warnings, guide.Source, "guide", guide.Title, guide.Summary, limits);
        }

        foreach (var page in catalog.Pages)
        {
            var length = page.Description.Length;
            var fix = length < limits.MinDescriptionLength
                ? "say in one sentence what a reader finds on this page; search engines and link previews show it"
                : "keep it to one sentence; search engines cut longer text off";
            Outside(warnings, page.Source, page.Source.At("description"), DescriptionLength, $"the description of '{page.Title}' has {length} characters", length, limits.MinDescriptionLength, limits.MaxDescriptionLength, fix);
        }

        return warnings.Sorted();
    }

    private static void Summary(ContentErrors warnings, SourceRef source, string kind, string title, string summary, HouseStyleLimits limits)
    {
        var fix = summary.Length < limits.MinSummaryLength
            ? $"say in one full sentence what this {kind} is about; cards, search results and search engines show it"
            : "keep it to one sentence; cards and search engines cut longer text off, and the page body has room for the rest";
        Outside(warnings, source, source.At("summary"), SummaryLength, $"the summary of '{title}' has {summary.Length} characters", summary.Length, limits.MinSummaryLength, limits.MaxSummaryLength, fix);
    }

    /// <summary>One message shape for every "between min and max" rule: what was found, the bounds, then the fix.</summary>
    private static void Outside(ContentErrors warnings, SourceRef source, TextPosition position, string rule, string found, int value, int min, int max, string fix)
    {
        if (value < min || value > max)
        {
            warnings.Warn(source.Path, position, $"[{rule}] {found}; the house style is {min} to {max} \u2014 {fix}");
        }
    }

    /// <summary>Markdig writes every paragraph as a bare &lt;p&gt;, including those inside loose lists and quotes.</summary>
    [GeneratedRegex("<p>")]
    private static partial Regex ParagraphTag();
}
