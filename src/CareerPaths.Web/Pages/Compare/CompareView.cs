using CareerPaths.Content.Guidance;
using CareerPaths.Content.Model;

namespace CareerPaths.Web.Pages.Compare;

/// <summary>
/// The compare form's choices (every role, by track) and what the query string asked for and led
/// to; the comparer words its notices in the catalog's language.
/// </summary>
internal sealed record CompareView(IReadOnlyList<CompareView.TrackChoice> Choices, CompareQuery Query)
{
    public RoleComparison? Result => Query.Result;

    public static CompareView Of(Catalog catalog, CompareQuery query)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(query);
        return new CompareView([.. catalog.Tracks.Select(t => new TrackChoice(t, catalog.RolesIn(t)))], query);
    }

    /// <summary>"one level up", "same level", "two levels down".</summary>
    public static string Levels(InterfaceText text, int steps)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (steps == 0)
        {
            return text["compare.same-level"];
        }

        var count = Math.Abs(steps);
        var key = (steps > 0 ? "compare.levels-up" : "compare.levels-down") + (count == 1 ? "-one" : "-other");
        return text[key, ("count", text.CountWord(count))];
    }

    /// <summary>"+3 years", "−2 years" or "no change", with a true minus sign.</summary>
    public static string Years(InterfaceText text, int difference)
    {
        ArgumentNullException.ThrowIfNull(text);
        return difference == 0
            ? text["compare.no-change"]
            : text[Math.Abs(difference) == 1 ? "compare.years-one" : "compare.years-other", ("sign", Sign(difference)), ("count", Math.Abs(difference))];
    }

    /// <summary>"+$25,000", "−$25,000" or "no change".</summary>
    public static string Dollars(InterfaceText text, int difference)
    {
        ArgumentNullException.ThrowIfNull(text);
        return difference == 0
            ? text["compare.no-change"]
            : Sign(difference) + text.Dollars(Math.Abs(difference));
    }

    private static string Sign(int value) => value > 0 ? "+" : "\u2212";

    internal sealed record TrackChoice(Track Track, IReadOnlyList<Role> Roles);
}
