using CareerPaths.Content.Model;
using Microsoft.AspNetCore.Html;

namespace CareerPaths.Web.Pages.Progression;

/// <summary>The levels for the timeline and the salary table, the salary chart, and a ladder per track.</summary>
/// <param name="OpenEndedNote">The caption's sentence about open-ended ranges (" The Executive range is open-ended."), or empty.</param>
internal sealed record ProgressionView(
    IReadOnlyList<Level> Levels,
    IHtmlContent Chart,
    string OpenEndedNote,
    IReadOnlyList<ProgressionLadder> Ladders)
{
    /// <summary>
    /// Where the ranges come from, one line per distinct source and date, naming the levels when
    /// they differ: "All levels: the seed page, as of 27 November 2026." Levels without a recorded
    /// source are said to have none, rather than left silent.
    /// </summary>
    public IReadOnlyList<string> SalarySources => SourcesOf(Levels);

    public static IReadOnlyList<string> SourcesOf(IReadOnlyList<Level> levels)
    {
        ArgumentNullException.ThrowIfNull(levels);
        var groups = levels.GroupBy(l => (l.Salary.Source, l.Salary.AsOf)).ToList();
        return [.. groups.Select(g =>
        {
            var who = groups.Count == 1 ? "All levels" : string.Join(", ", g.Select(l => l.Name));
            var source = g.Key.Source ?? "no source recorded";
            var asOf = g.Key.AsOf is { } d ? $", as of {d.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)}" : string.Empty;
            return $"{who}: {source}{asOf}.";
        })];
    }

    public static string NoteOnOpenEnded(IReadOnlyList<Level> levels)
    {
        ArgumentNullException.ThrowIfNull(levels);
        var openEnded = levels.Where(l => l.Salary.OpenEnded).Select(l => l.Name).ToList();
        return openEnded.Count > 0 ? $" The {string.Join(" and ", openEnded)} range{(openEnded.Count > 1 ? "s are" : " is")} open-ended." : string.Empty;
    }
}
