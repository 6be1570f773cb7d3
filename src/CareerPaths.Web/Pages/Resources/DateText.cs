using System.Globalization;
using CareerPaths.Content.Model;

namespace CareerPaths.Web.Pages.Resources;

/// <summary>
/// A date for reading ("2 December 2026", "2 de diciembre de 2026"), from a group's <c>date</c> and
/// <c>months</c> texts: the site runs with invariant globalization, so cultures carry no month names.
/// </summary>
internal static class DateText
{
    public static string Of(InterfaceText text, string group, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(text);
        var months = text[group + ".months"].Split(',', StringSplitOptions.TrimEntries);
        var month = months.Length == 12 ? months[date.Month - 1] : date.ToString("MMMM", CultureInfo.InvariantCulture);
        return text[group + ".date", ("day", date.Day), ("month", month), ("year", date.Year)];
    }
}
