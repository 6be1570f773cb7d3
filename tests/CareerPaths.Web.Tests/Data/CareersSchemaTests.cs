using System.Text.Json;
using System.Text.Json.Nodes;
using CareerPaths.Content;
using CareerPaths.Testing;
using CareerPaths.Web.Endpoints;
using Json.Schema;

namespace CareerPaths.Web.Tests.Data;

/// <summary>
/// The published schema, generated from the data set's records, still holds readers to what the
/// data promises: the version, slugs, no extra fields, and which fields may be left out.
/// </summary>
public sealed class CareersSchemaTests
{
    /// <summary>JsonSchema.Net registers schemas globally by address; a base of its own keeps this one apart from the served copy.</summary>
    private static readonly JsonSchema Schema = JsonSchema.FromText(CareersSchema.Write(), baseUri: new Uri("https://careers-schema-tests.invalid/"));

    private static readonly string RealJson = CareersJson.Write(CatalogLoader.Load(RepositoryPaths.Content).Catalog!, path => path.Value);

    [Fact]
    public void The_real_data_set_passes()
    {
        Assert.True(IsValid(_ => { }));
    }

    [Fact]
    public void A_level_without_a_top_of_range_passes_because_null_is_left_out()
    {
        Assert.True(IsValid(data => Level(data).Remove("yearsMax")));
    }

    [Fact]
    public void Another_schema_version_fails()
    {
        Assert.False(IsValid(data => data["schemaVersion"] = "2.0"));
    }

    [Fact]
    public void A_field_the_records_do_not_have_fails()
    {
        Assert.False(IsValid(data => Level(data)["salaryText"] = "$75,000"));
    }

    [Fact]
    public void A_missing_required_field_fails()
    {
        Assert.False(IsValid(data => Role(data).Remove("url")));
    }

    [Theory]
    [InlineData("slug")]
    [InlineData("track")]
    public void A_role_reference_that_is_not_a_slug_fails(string field)
    {
        Assert.False(IsValid(data => Role(data)[field] = "Not A Slug"));
    }

    [Fact]
    public void A_next_step_that_is_not_a_slug_fails()
    {
        Assert.False(IsValid(data => Role(data)["next"] = new JsonArray("Not A Slug")));
    }

    [Fact]
    public void A_null_top_of_range_fails_because_null_is_never_written()
    {
        Assert.False(IsValid(data => Level(data)["yearsMax"] = null));
    }

    private static JsonObject Level(JsonObject data) => data["levels"]![0]!.AsObject();

    private static JsonObject Role(JsonObject data) => data["roles"]![0]!.AsObject();

    private static bool IsValid(Action<JsonObject> change)
    {
        var data = JsonNode.Parse(RealJson)!.AsObject();
        change(data);
        using var document = JsonDocument.Parse(data.ToJsonString());
        return Schema.Evaluate(document.RootElement).IsValid;
    }
}
