using System.Text.Json;
using CareerPaths.Content.Model;
using CareerPaths.Web.Endpoints;
using CareerPaths.Web.Tests.Data;
using Json.Schema;

namespace CareerPaths.Web.Tests.Infrastructure;

/// <summary>careers.json and careers.csv hold exactly what the catalog holds, in its order, whatever the content.</summary>
internal static class DataChecks
{
    public static async Task<IReadOnlyList<string>> JsonProblemsAsync(HttpClient client, Catalog catalog)
    {
        // A registry of its own: the global one refuses a second schema with the same $id, and each site under test serves its own copy.
        var schema = JsonSchema.FromText(await client.GetStringAsync(new Uri("/data/careers.schema.json", UriKind.Relative)), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        using var document = JsonDocument.Parse(await client.GetStringAsync(new Uri("/data/careers.json", UriKind.Relative)));
        var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var problems = (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"careers.json {d.InstanceLocation}: {e.Value}")).ToList();
        var root = document.RootElement;
        List<string> Slugs(string list, string property = "slug") =>
            [.. root.GetProperty(list).EnumerateArray().Select(e => e.GetProperty(property).GetString()!)];

        Expect.Same(problems, "tracks", catalog.Tracks.Select(t => t.Slug), Slugs("tracks"));
        Expect.Same(problems, "levels", catalog.Levels.Select(l => l.Slug), Slugs("levels"));
        Expect.Same(problems, "roles", catalog.Roles.Select(r => r.Slug), Slugs("roles"));
        Expect.Same(problems, "role tracks", catalog.Roles.Select(r => r.Track.Slug), Slugs("roles", "track"));
        Expect.Same(
            problems,
            "role job titles",
            catalog.Roles.Select(r => string.Join(";", r.JobTitles)),
            root.GetProperty("roles").EnumerateArray().Select(e => string.Join(";", e.GetProperty("jobTitles").EnumerateArray().Select(t => t.GetString()))));
        Expect.Same(problems, "mappings", catalog.Backgrounds.Select(b => b.Slug), Slugs("mappings", "background"));
        Expect.Same(problems, "certifications", catalog.Certifications.Select(c => c.Slug), Slugs("certifications"));
        return problems;
    }

    public static async Task<IReadOnlyList<string>> CsvProblemsAsync(HttpClient client, Catalog catalog)
    {
        var csv = await client.GetStringAsync(new Uri("/data/careers.csv", UriKind.Relative));
        var rows = Rfc4180.Parse(csv);
        var problems = new List<string>();
        Expect.Same(problems, "csv header", CareersCsv.Columns, rows[0]);
        problems.AddRange(rows.Where(r => r.Count != CareersCsv.Columns.Count).Select(r => $"csv row {r[0]} has {r.Count} fields"));
        var body = rows.Skip(1).ToList();
        Expect.Same(problems, "csv slugs", catalog.Roles.Select(r => r.Slug), body.Select(r => r[0]));
        Expect.Same(problems, "csv tracks", catalog.Roles.Select(r => r.Track.Name), body.Select(r => r[2]));
        Expect.Same(problems, "csv levels", catalog.Roles.Select(r => r.Level.Name), body.Select(r => r[3]));
        var url = rows[0].IndexOf("url");
        var jobTitles = rows[0].IndexOf("job_titles");
        Expect.Same(problems, "csv job titles", catalog.Roles.Select(r => string.Join(";", r.JobTitles)), body.Select(r => r[jobTitles]));
        Expect.Same(problems, "csv urls", catalog.Roles.Select(r => "/roles/" + r.Slug), body.Select(r => r[url]));
        if (!csv.EndsWith("\r\n", StringComparison.Ordinal))
        {
            problems.Add("careers.csv does not end with CRLF");
        }

        return problems;
    }
}
