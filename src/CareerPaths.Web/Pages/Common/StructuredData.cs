using System.Globalization;
using CareerPaths.Content.Addresses;
using CareerPaths.Content.Model;

namespace CareerPaths.Web.Pages.Common;

/// <summary>schema.org objects for JSON-LD, built from the catalog with absolute URLs.</summary>
internal static class StructuredData
{
    public static object BreadcrumbList(IReadOnlyList<Crumb> crumbs, Func<SitePath, string> absolute)
    {
        ArgumentNullException.ThrowIfNull(crumbs);
        ArgumentNullException.ThrowIfNull(absolute);
        return new Dictionary<string, object>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "BreadcrumbList",
            ["itemListElement"] = crumbs.Select((c, i) => new Dictionary<string, object>
            {
                ["@type"] = "ListItem",
                ["position"] = i + 1,
                ["name"] = c.Name,
                ["item"] = absolute(c.Path),
            }).ToList(),
        };
    }

    /// <summary>
    /// The nearest O*NET-SOC occupation as a schema.org CategoryCode, which search engines read as
    /// the standard occupation; without one, the track in words as before.
    /// </summary>
    private static object OccupationalCategory(Role role, string inWords) => role.Crosswalk.OnetSoc is { } onet
        ? new Dictionary<string, object>
        {
            ["@type"] = "CategoryCode",
            ["codeValue"] = onet.Id,
            ["name"] = onet.Name,
            ["inCodeSet"] = new Dictionary<string, object> { ["@type"] = "CategoryCodeSet", ["name"] = "O*NET-SOC" },
        }
        : inWords;

    /// <summary>An Occupation with the level's salary range as a MonetaryAmountDistribution in USD, in the page's language.</summary>
    public static object Occupation(Role role, string url, InterfaceText text)
    {
        ArgumentNullException.ThrowIfNull(role);
        ArgumentNullException.ThrowIfNull(text);
        var level = role.Level;
        return Build(
            role,
            url,
            text["common.occupational-category", ("track", role.Track.Name)],
            text["common.experience-requirements", ("level", level.Name), ("years", text.Years(level))]);
    }

    private static Dictionary<string, object> Build(Role role, string url, string category, string experience)
    {
        var level = role.Level;
        return new Dictionary<string, object>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Occupation",
            ["name"] = role.Title,
            ["description"] = role.Summary,
            ["url"] = url,
            ["occupationalCategory"] = OccupationalCategory(role, category),
            ["experienceRequirements"] = experience,
            ["responsibilities"] = role.Responsibilities,
            ["skills"] = role.Skills,
            ["estimatedSalary"] = new Dictionary<string, object>
            {
                ["@type"] = "MonetaryAmountDistribution",
                ["name"] = "base",
                ["currency"] = "USD",
                ["duration"] = "P1Y",
                ["minValue"] = level.Salary.Min,
                ["maxValue"] = level.Salary.Max,
                ["median"] = (level.Salary.Min + level.Salary.Max) / 2,
            },
            ["dateModified"] = role.Reviewed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
    }
}
