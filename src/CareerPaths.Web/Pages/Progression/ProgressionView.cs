using CareerPaths.Content.Model;
using CareerPaths.Web.Pages.Common;
using Microsoft.AspNetCore.Html;

namespace CareerPaths.Web.Pages.Progression;

/// <summary>The levels for the timeline and the salary table, the salary chart, and a ladder per track.</summary>
/// <param name="OpenEndedNote">The caption's sentence about open-ended ranges (" The Executive range is open-ended."), or empty.</param>
/// <param name="SalarySources">Where the ranges come from, from <see cref="SourcesOf"/>.</param>
internal sealed record ProgressionView(
    IReadOnlyList<Level> Levels,
    IHtmlContent Chart,
    string OpenEndedNote,
    IReadOnlyList<string> SalarySources,
    IReadOnlyList<ProgressionLadder> Ladders)
{
    /// <summary>
    /// Where the ranges come from, one line per distinct source and date, naming the levels when
    /// they differ: "All levels: the seed page, as of 27 November 2026." Levels without a recorded
    /// source are said to have none, rather than left silent.
    /// </summary>
    public static IReadOnlyList<string> SourcesOf(IReadOnlyList<Level> levels, InterfaceText text)
    {
        ArgumentNullException.ThrowIfNull(levels);
        ArgumentNullException.ThrowIfNull(text);
        var groups = levels.GroupBy(l => (l.Salary.Source, l.Salary.AsOf)).ToList();
        return [.. groups.Select(g =>
        {
            var who = groups.Count == 1 ? text["progression.sources-all-levels"] : string.Join(", ", g.Select(l => l.Name));
            var source = g.Key.Source ?? text["progression.sources-none"];
            return g.Key.AsOf is { } d
                ? text["progression.source-as-of", ("levels", who), ("source", source), ("date", text.Date(d))]
                : text["progression.source", ("levels", who), ("source", source)];
        })];
    }

    public static string NoteOnOpenEnded(IReadOnlyList<Level> levels, InterfaceText text)
    {
        ArgumentNullException.ThrowIfNull(levels);
        ArgumentNullException.ThrowIfNull(text);
        var openEnded = levels.Where(l => l.Salary.OpenEnded).Select(l => l.Name).ToList();
        return openEnded.Count > 0
            ? " " + text[openEnded.Count > 1 ? "progression.open-ended-other" : "progression.open-ended-one", ("levels", Text.And(text, openEnded))]
            : string.Empty;
    }
}
