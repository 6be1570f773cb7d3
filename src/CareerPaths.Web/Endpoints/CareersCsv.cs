using System.Globalization;
using System.Text;
using CareerPaths.Content.Addresses;
using CareerPaths.Content.Model;

namespace CareerPaths.Web.Endpoints;

/// <summary>One row per role, following RFC 4180: CRLF line ends, and fields quoted when they hold a comma, quote or line break.</summary>
internal static class CareersCsv
{
    public static readonly IReadOnlyList<string> Columns =
        ["slug", "title", "track", "level", "years", "salary_min", "salary_max", "summary", "responsibilities", "skills", "next", "job_titles", "url"];

    public static string Write(Catalog catalog, Func<SitePath, string> href)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(href);
        var csv = new StringBuilder();
        AppendRow(csv, Columns);
        foreach (var role in catalog.Roles)
        {
            var level = role.Level;
            AppendRow(csv,
            [
                role.Slug,
                role.Title,
                role.Track.Name,
                level.Name,
                level.Years,
                level.Salary.Min.ToString(CultureInfo.InvariantCulture),
                level.Salary.Max.ToString(CultureInfo.InvariantCulture) + (level.Salary.OpenEnded ? "+" : string.Empty),
                role.Summary,
                role.Responsibilities,
                role.Skills,
                string.Join(";", role.NextSteps.Select(n => n.Slug)),
                string.Join(";", role.JobTitles),
                href(SiteMap.Role(role)),
            ]);
        }

        return csv.ToString();
    }

    public static string Field(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    private static void AppendRow(StringBuilder csv, IEnumerable<string> fields) =>
        csv.Append(string.Join(',', fields.Select(Field))).Append("\r\n");
}
