using System.Globalization;
using System.Text;
using CareerPaths.Content.Addresses;
using CareerPaths.Content.Model;

namespace CareerPaths.Web.Endpoints;

/// <summary>
/// One row per role, following RFC 4180: CRLF line ends, and fields quoted when they hold a comma, quote or line break.
/// Columns added later go at the end, so readers that count columns keep working.
/// </summary>
internal static class CareersCsv
{
    public static readonly IReadOnlyList<string> Columns =
        ["slug", "title", "track", "level", "years", "salary_min", "salary_max", "summary", "responsibilities", "skills", "next", "url", "salary_source", "salary_as_of",
        "nice_work_roles", "ecsf_profiles", "onet_soc", "onet_soc_title", "ai_rmf_functions", "job_titles"];

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
                href(SiteMap.Role(role)),
                level.Salary.Source ?? string.Empty,
                level.Salary.AsOf?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty,
                string.Join(";", role.Crosswalk.NiceWorkRoles.Select(e => e.Id)),
                string.Join(";", role.Crosswalk.EcsfProfiles.Select(e => e.Id)),
                role.Crosswalk.OnetSoc?.Id ?? string.Empty,
                role.Crosswalk.OnetSoc?.Name ?? string.Empty,
                string.Join(";", role.Crosswalk.AiRmfFunctions.Select(e => e.Id)),
                string.Join(";", role.JobTitles),
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
