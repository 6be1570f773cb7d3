using System.Text.Json;
using CareerPaths.Content.Tests;
using CareerPaths.Web.Tests.Infrastructure;
using Json.Schema;

namespace CareerPaths.Web.Tests.Data;

[Collection(SharedSite.Name)]
public sealed class DataTests(SiteFactory factory)
{
    [Fact]
    public async Task The_json_validates_against_its_published_schema_and_holds_everything()
    {
        using var client = factory.CreateSiteClient();
        var schema = JsonSchema.FromText(await client.GetStringAsync(new Uri("/data/careers.schema.json", UriKind.Relative)));
        var json = await client.GetStringAsync(new Uri("/data/careers.json", UriKind.Relative));

        using var document = JsonDocument.Parse(json);
        var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(result.IsValid, string.Join('\n', (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
        var root = document.RootElement;
        Assert.Equal("1.0", root.GetProperty("schemaVersion").GetString());
        var catalog = RealContent.Catalog;
        Assert.Equal(catalog.Tracks.Select(t => t.Slug), Slugs(root, "tracks"));
        Assert.Equal(catalog.Levels.Select(l => l.Slug), Slugs(root, "levels"));
        Assert.Equal(catalog.Roles.Select(r => r.Slug), Slugs(root, "roles"));
        Assert.Equal(catalog.Backgrounds.Select(b => b.Slug), Slugs(root, "mappings", "background"));
    }

    [Fact]
    public void The_schema_rejects_a_document_missing_its_schema_version()
    {
        var schema = JsonSchema.FromFile(Path.Combine(Content.Tests.RepositoryPaths.Root, "src/CareerPaths.Web/wwwroot/data/careers.schema.json"));

        using var document = JsonDocument.Parse("""{"tracks": []}""");
        var result = schema.Evaluate(document.RootElement);

        Assert.False(result.IsValid);
    }

    [Fact]
    public async Task The_csv_has_a_header_and_one_rfc4180_row_per_role()
    {
        using var client = factory.CreateSiteClient();

        var csv = await client.GetStringAsync(new Uri("/data/careers.csv", UriKind.Relative));

        var rows = Rfc4180.Parse(csv);
        Assert.Equal(["slug", "title", "track", "level", "years", "salary_min", "salary_max", "summary", "responsibilities", "skills", "next", "url"], rows[0]);
        Assert.Equal(RealContent.Catalog.Roles.Select(r => r.Slug), rows.Skip(1).Select(r => r[0]));
        Assert.All(rows, row => Assert.Equal(12, row.Count));
        var analyst = Assert.Single(rows, r => r[0] == "ai-security-analyst");
        Assert.Equal("Monitor AI systems, perform basic risk assessments, assist with security controls", analyst[8]);
        Assert.Equal("75000", analyst[5]);
        Assert.EndsWith("\r\n", csv, StringComparison.Ordinal);
    }

    private static IEnumerable<string?> Slugs(JsonElement root, string property, string key = "slug") =>
        root.GetProperty(property).EnumerateArray().Select(e => e.GetProperty(key).GetString());
}
