using System.Text.Json;
using CareerPaths.Testing;
using CareerPaths.Web.Endpoints;
using CareerPaths.Web.Tests.Infrastructure;
using Json.Schema;
using Xunit.Abstractions;

namespace CareerPaths.Web.Tests.Data;

/// <summary>What the data files promise beyond holding the catalog (which <see cref="Pages.SiteCheckTests{TFactory}"/> checks for any content).</summary>
[Collection(SharedSite.Name)]
public sealed class DataTests(SiteFactory factory, ITestOutputHelper output) : SharedSiteTests(factory, output)
{
    [Fact]
    public async Task The_json_carries_its_schema_version()
    {
        using var client = Site.CreateSiteClient();

        using var document = JsonDocument.Parse(await client.GetStringAsync(new Uri("/data/careers.json", UriKind.Relative)));

        Assert.Equal(CareersJson.SchemaVersion, document.RootElement.GetProperty("schemaVersion").GetString());
    }

    [Fact]
    public void The_schema_rejects_a_document_missing_its_schema_version()
    {
        var schema = JsonSchema.FromFile(Path.Combine(RepositoryPaths.Root, "src/CareerPaths.Web/wwwroot/data/careers.schema.json"));

        using var document = JsonDocument.Parse("""{"tracks": []}""");
        var result = schema.Evaluate(document.RootElement);

        Assert.False(result.IsValid);
    }

    [Fact]
    public async Task A_seed_role_is_one_csv_row_with_the_seeds_words_and_its_salary()
    {
        using var client = Site.CreateSiteClient();

        var rows = Rfc4180.Parse(await client.GetStringAsync(new Uri("/data/careers.csv", UriKind.Relative)));

        var analyst = Assert.Single(rows, r => r[0] == "ai-security-analyst");
        Assert.Equal("Monitor AI systems, perform basic risk assessments, assist with security controls", analyst[8]);
        Assert.Equal("75000", analyst[5]);
    }

    [Fact]
    public async Task Every_level_gives_the_source_and_date_of_its_salary_range_in_the_json_and_csv_and_under_the_chart()
    {
        var catalog = RealContent.Catalog;
        using var client = Site.CreateSiteClient();

        using var document = JsonDocument.Parse(await client.GetStringAsync(new Uri("/data/careers.json", UriKind.Relative)));
        var rows = Rfc4180.Parse(await client.GetStringAsync(new Uri("/data/careers.csv", UriKind.Relative)));
        var page = await client.GetHtmlDocumentAsync("/progression");

        var levels = document.RootElement.GetProperty("levels").EnumerateArray().ToList();
        var header = rows[0];
        var sources = page.Texts(".salary-sources li");
        foreach (var level in catalog.Levels)
        {
            Assert.False(string.IsNullOrEmpty(level.Salary.Source), $"{level.Slug} has no salary_source");
            Assert.NotNull(level.Salary.AsOf);
            var asOf = level.Salary.AsOf!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var salary = levels.Single(l => l.GetProperty("slug").GetString() == level.Slug).GetProperty("salary");
            Assert.Equal(level.Salary.Source, salary.GetProperty("source").GetString());
            Assert.Equal(asOf, salary.GetProperty("asOf").GetString());
            var role = catalog.Roles.First(r => r.Level == level);
            var row = rows.Single(r => r[0] == role.Slug);
            Assert.Equal(level.Salary.Source, row[header.IndexOf("salary_source")]);
            Assert.Equal(asOf, row[header.IndexOf("salary_as_of")]);
            Assert.Contains(sources, s => s.Contains(SeedFacts.Normalize(level.Salary.Source!), StringComparison.Ordinal)
                && s.Contains(level.Salary.AsOf!.Value.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        }
    }
}
