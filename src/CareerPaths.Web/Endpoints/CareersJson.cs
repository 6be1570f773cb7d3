using System.Text.Json;
using System.Text.Json.Serialization;
using CareerPaths.Content.Addresses;
using CareerPaths.Content.Model;

namespace CareerPaths.Web.Endpoints;

/// <summary>The whole data set as JSON, described by /data/careers.schema.json. Bump SchemaVersion when its shape changes.</summary>
public static class CareersJson
{
    public const string SchemaVersion = "1.0";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
    };

    public static string Write(Catalog catalog, Func<SitePath, string> href)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(href);
        var data = new
        {
            schemaVersion = SchemaVersion,
            contentVersion = catalog.Fingerprint,
            currency = "USD",
            tracks = catalog.Tracks.Select(t => new { t.Slug, t.Title, t.Name, t.Summary, t.FocusAreas, t.BestFor, Url = href(SiteMap.Track(t)) }),
            levels = catalog.Levels.Select(l => new
            {
                l.Slug,
                l.Name,
                l.Label,
                l.YearsMin,
                l.YearsMax,
                l.ExampleRoles,
                l.Focus,
                Salary = new { l.Salary.Min, l.Salary.Max, l.Salary.OpenEnded },
            }),
            roles = catalog.Roles.Select(r => new
            {
                r.Slug,
                r.Title,
                Track = r.Track.Slug,
                Level = r.Level.Slug,
                r.Summary,
                r.Responsibilities,
                r.Skills,
                Next = r.NextSteps.Select(n => n.Slug),
                Reviewed = r.Reviewed.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                Url = href(SiteMap.Role(r)),
            }),
            mappings = catalog.BackgroundGroups.SelectMany(g => g.Backgrounds.Select(b => new
            {
                Background = b.Slug,
                BackgroundName = b.Name,
                Group = g.Slug,
                Role = b.Role.Slug,
                b.RoleLabel,
            })),
            certifications = catalog.Certifications.Select(c => new
            {
                c.Slug,
                c.Name,
                c.Issuer,
                Level = c.Level.Slug,
                Tracks = c.Tracks.Select(t => t.Slug),
                Roles = c.Roles.Select(r => r.Slug),
                Url = c.Url.ToString(),
            }),
        };
        return JsonSerializer.Serialize(data, Options);
    }
}
