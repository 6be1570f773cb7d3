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
    public static string NoteOnOpenEnded(IReadOnlyList<Level> levels)
    {
        ArgumentNullException.ThrowIfNull(levels);
        var openEnded = levels.Where(l => l.Salary.OpenEnded).Select(l => l.Name).ToList();
        return openEnded.Count > 0 ? $" The {string.Join(" and ", openEnded)} range{(openEnded.Count > 1 ? "s are" : " is")} open-ended." : string.Empty;
    }
}
