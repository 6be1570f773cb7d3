using CareerPaths.Content.Diagnostics;
using CareerPaths.Content.Model;

namespace CareerPaths.Web.Commands;

/// <summary>Warns about roles and guides whose `reviewed:` date is older than the editors allow.</summary>
internal static class StaleEntries
{
    public static IEnumerable<ContentError> Find(Catalog catalog, DateOnly today, int days, string displayRoot)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var cutoff = today.AddDays(-days);
        var reviewed = catalog.Roles.Select(r => (r.Title, r.Reviewed, r.Source))
            .Concat(catalog.Guides.Select(g => (g.Title, g.Reviewed, g.Source)));
        foreach (var (title, date, source) in reviewed.Where(e => e.Reviewed < cutoff))
        {
            yield return new ContentError(
                $"{displayRoot}/{source.Path}",
                source.At("reviewed"),
                $"'{title}' was last reviewed on {date:yyyy-MM-dd}, more than {days} days ago \u2014 check the page and update `reviewed:`",
                ErrorSeverity.Warning);
        }
    }
}
