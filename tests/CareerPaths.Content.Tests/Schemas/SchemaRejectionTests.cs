namespace CareerPaths.Content.Tests.Schemas;

/// <summary>The schema check can fail: a role's front matter with a mistake the loader reports is flagged by role.schema.json too.</summary>
public sealed class SchemaRejectionTests
{
    private const string ValidRole = """
        # yaml-language-server: $schema=../schemas/role.schema.json
        title: Fixture Analyst
        track: technical
        level: entry
        order: 2
        summary: The analyst role.
        responsibilities: Do the work
        skills: Basic programming
        next: [engineer]
        reviewed: 2026-11-27
        """;

    [Fact]
    public void A_valid_role_front_matter_passes()
    {
        var role = YamlJson.FromYaml(ValidRole);

        var failures = ContentSchemaFiles.Check("role", role);

        Assert.Empty(failures);
    }

    [Fact]
    public void An_unknown_field_is_rejected_at_its_name()
    {
        var role = YamlJson.FromYaml(ValidRole.Replace("summary:", "sumary:", StringComparison.Ordinal));

        var failures = ContentSchemaFiles.Check("role", role);

        Assert.Contains(failures, f => f.Pointer == "/sumary" && f.Keyword == "additionalProperties");
    }

    [Fact]
    public void A_missing_required_field_is_rejected_and_named()
    {
        var role = YamlJson.FromYaml(ValidRole.Replace("reviewed: 2026-11-27", string.Empty, StringComparison.Ordinal));

        var failures = ContentSchemaFiles.Check("role", role);

        var failure = Assert.Single(failures);
        Assert.Equal(("", "required"), (failure.Pointer, failure.Keyword));
        Assert.Contains("reviewed", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("reviewed: 2026-11-27", "reviewed: 27/11/2026", "/reviewed", "pattern")]
    [InlineData("order: 2", "order: two", "/order", "type")]
    [InlineData("order: 2", "order: -1", "/order", "minimum")]
    [InlineData("track: technical", "track: Technical Track", "/track", "pattern")]
    [InlineData("next: [engineer]", "next: engineer", "/next", "type")]
    public void A_wrongly_shaped_field_is_rejected_at_its_value(string line, string replacement, string location, string keyword)
    {
        var role = YamlJson.FromYaml(ValidRole.Replace(line, replacement, StringComparison.Ordinal));

        var failures = ContentSchemaFiles.Check("role", role);

        Assert.Contains(failures, f => f.Pointer == location && f.Keyword == keyword);
    }

    [Fact]
    public void Unquoted_numbers_and_flags_become_json_numbers_and_booleans_and_dates_stay_text()
    {
        var value = YamlJson.FromYaml("a: 12\nb: '12'\nc: true\nd: \"false\"\ne: 2026-11-27\nf: [x, 1]\n");

        var json = value!.ToJsonString();

        Assert.Equal("""{"a":12,"b":"12","c":true,"d":"false","e":"2026-11-27","f":["x",1]}""", json);
    }
}
