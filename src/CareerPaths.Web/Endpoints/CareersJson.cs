using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using CareerPaths.Content.Addresses;
using CareerPaths.Content.Model;

namespace CareerPaths.Web.Endpoints;

/// <summary>The whole data set as JSON, described by /data/careers.schema.json. Bump SchemaVersion when its shape changes.</summary>
internal static class CareersJson
{
    public const string SchemaVersion = "1.1";

    public const string Currency = "USD";

    /// <summary>
    /// Shared with <see cref="CareersSchema"/>, so the schema describes exactly what is written. The
    /// resolver is the reflection-based default the serializer would pick anyway; the schema
    /// exporter needs it named.
    /// </summary>
    internal static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    public static string Write(Catalog catalog, Func<SitePath, string> href)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(href);
        var data = new CareersDocument(
            SchemaVersion,
            catalog.Fingerprint,
            Currency,
            [.. catalog.Tracks.Select(t => new CareersTrack(t.Slug, t.Title, t.Name, t.Summary, t.FocusAreas, t.BestFor, href(SiteMap.Track(t))))],
            [.. catalog.Levels.Select(l => new CareersLevel(
                l.Slug,
                l.Name,
                l.Label,
                l.YearsMin,
                l.YearsMax,
                l.ExampleRoles,
                l.Focus,
                new CareersSalary(l.Salary.Min, l.Salary.Max, l.Salary.OpenEnded, l.Salary.Source, Date(l.Salary.AsOf))))],
            [.. catalog.Roles.Select(r => new CareersRole(
                r.Slug,
                r.Title,
                r.JobTitles,
                r.Track.Slug,
                r.Level.Slug,
                r.Summary,
                r.Responsibilities,
                r.Skills,
                [.. r.NextSteps.Select(n => n.Slug)],
                r.Reviewed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                href(SiteMap.Role(r)),
                Crosswalk(r.Crosswalk)))],
            [.. catalog.BackgroundGroups.SelectMany(g => g.Backgrounds.Select(b => new CareersMapping(b.Slug, b.Name, g.Slug, b.Role.Slug, b.RoleLabel)))],
            [.. catalog.Certifications.Select(c => new CareersCertification(
                c.Slug,
                c.Name,
                c.Issuer,
                c.Level.Slug,
                [.. c.Tracks.Select(t => t.Slug)],
                [.. c.Roles.Select(r => r.Slug)],
                c.Url.ToString(),
                c.Lifecycle.StatusName,
                Date(c.Lifecycle.StatusDate),
                c.Lifecycle.ReplacedBy,
                Date(c.Lifecycle.Checked)))],
            [.. catalog.Frameworks.Select(f => new CareersFramework(f.Slug, f.Name, f.Publisher, f.Version, f.Url.ToString()))]);
        return JsonSerializer.Serialize(data, Options);
    }

    private static CareersCrosswalk Crosswalk(Crosswalk crosswalk)
    {
        static CareersFrameworkEntry Entry(FrameworkEntry e) => new(e.Id, e.Name);
        return new CareersCrosswalk(
            [.. crosswalk.NiceWorkRoles.Select(Entry)],
            [.. crosswalk.EcsfProfiles.Select(Entry)],
            crosswalk.OnetSoc is { } onet ? Entry(onet) : null,
            [.. crosswalk.AiRmfFunctions.Select(Entry)],
            crosswalk.Note);
    }

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
