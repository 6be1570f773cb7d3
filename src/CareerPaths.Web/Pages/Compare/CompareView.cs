using System.Globalization;
using CareerPaths.Content.Guidance;
using CareerPaths.Content.Model;

namespace CareerPaths.Web.Pages.Compare;

/// <summary>The compare form's choices (every role, by track) and what the query string asked for and led to.</summary>
internal sealed record CompareView(IReadOnlyList<CompareView.TrackChoice> Choices, CompareQuery Query)
{
    public RoleComparison? Result => Query.Result;

    public static CompareView Of(Catalog catalog, CompareQuery query)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return new CompareView([.. catalog.Tracks.Select(t => new TrackChoice(t, catalog.RolesIn(t)))], query);
    }

    /// <summary>"one level up", "same level", "two levels down".</summary>
    public static string Levels(int steps) => steps == 0
        ? "same level"
        : $"{Common.Text.Count(Math.Abs(steps), "level")} {(steps > 0 ? "up" : "down")}";

    /// <summary>"+3 years", "−2 years" or "no change", with a true minus sign.</summary>
    public static string Years(int difference) => difference == 0
        ? "no change"
        : $"{Sign(difference)}{Math.Abs(difference)} year{(Math.Abs(difference) == 1 ? string.Empty : "s")}";

    /// <summary>"+$25,000", "−$25,000" or "no change".</summary>
    public static string Dollars(int difference) => difference == 0
        ? "no change"
        : Sign(difference) + Math.Abs(difference).ToString("$#,0", CultureInfo.InvariantCulture);

    private static string Sign(int value) => value > 0 ? "+" : "\u2212";

    internal sealed record TrackChoice(Track Track, IReadOnlyList<Role> Roles);
}
