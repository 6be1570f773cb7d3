using System.Reflection;
using System.Text.Json.Nodes;
using CareerPaths.Content.Loading;

namespace CareerPaths.Content.Tests.Schemas;

/// <summary>
/// The JSON Schemas and the loader's <see cref="ContentSchemas"/> describe the same fields: the same
/// names, the same required ones and the same shapes, so the editor and the site never disagree.
/// </summary>
public sealed class SchemaLoaderAgreementTests
{
    /// <summary>Each field set, its schema file, and the path of list fields that leads from the schema's root to its entries.</summary>
    public static TheoryData<string, string, string> FieldSets() => new()
    {
        { nameof(ContentSchemas.SectionPage), "section-page", "" },
        { nameof(ContentSchemas.Track), "track", "" },
        { nameof(ContentSchemas.Role), "role", "" },
        { nameof(ContentSchemas.Guide), "guide", "" },
        { nameof(ContentSchemas.LevelsFile), "levels", "" },
        { nameof(ContentSchemas.Level), "levels", "levels" },
        { nameof(ContentSchemas.BackgroundsFile), "backgrounds", "" },
        { nameof(ContentSchemas.BackgroundGroup), "backgrounds", "groups" },
        { nameof(ContentSchemas.Background), "backgrounds", "groups/backgrounds" },
        { nameof(ContentSchemas.CertificationsFile), "certifications", "" },
        { nameof(ContentSchemas.Certification), "certifications", "certifications" },
        { nameof(ContentSchemas.LearningFile), "learning", "" },
        { nameof(ContentSchemas.LearningResource), "learning", "resources" },
    };

    [Theory]
    [MemberData(nameof(FieldSets))]
    public void The_schema_has_exactly_the_loaders_fields(string fieldSet, string schema, string entryPath)
    {
        var set = FieldSetNamed(fieldSet);

        var entry = SchemaEntry(schema, entryPath);

        Assert.Equal(set.Names.Order(StringComparer.Ordinal), Properties(entry).Select(p => p.Key).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(FieldSets))]
    public void The_schema_requires_exactly_the_loaders_required_fields(string fieldSet, string schema, string entryPath)
    {
        var set = FieldSetNamed(fieldSet);

        var required = SchemaEntry(schema, entryPath)["required"]?.AsArray().Select(n => n!.GetValue<string>()) ?? [];

        Assert.Equal(set.RequiredNames.Order(StringComparer.Ordinal), required.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(FieldSets))]
    public void Each_field_has_the_json_type_of_its_field_kind(string fieldSet, string schema, string entryPath)
    {
        var set = FieldSetNamed(fieldSet);
        var root = ContentSchemaFiles.Document(schema);
        var properties = Properties(SchemaEntry(schema, entryPath));

        var mismatches = set.Fields
            .Select(field => (field, Found: properties[field.Name] is JsonObject property ? ShapeOf(root, Resolve(root, property)) : "(missing)"))
            .Where(f => f.Found != ExpectedShape(f.field.Kind))
            .Select(f => $"{f.field.Name} is {f.field.Kind}, so it should be {ExpectedShape(f.field.Kind)}, but the schema says {f.Found}")
            .ToList();

        Assert.True(mismatches.Count == 0, string.Join('\n', mismatches));
    }

    [Theory]
    [MemberData(nameof(FieldSets))]
    public void Every_field_is_described_for_editors_and_unknown_fields_are_rejected(string fieldSet, string schema, string entryPath)
    {
        var set = FieldSetNamed(fieldSet);

        var entry = SchemaEntry(schema, entryPath);

        Assert.False(entry["additionalProperties"]!.GetValue<bool>());
        Assert.All(set.Names, name => Assert.False(string.IsNullOrWhiteSpace(Properties(entry)[name]?["description"]?.GetValue<string>()), $"{name} has no description"));
    }

    [Theory]
    [MemberData(nameof(FieldSets))]
    public void Dates_and_addresses_have_the_patterns_the_loader_accepts(string fieldSet, string schema, string entryPath)
    {
        var set = FieldSetNamed(fieldSet);

        var patterns = set.Fields
            .Where(f => f.Kind is FieldKind.Date or FieldKind.Url)
            .Select(f => (f.Kind, Pattern: Properties(SchemaEntry(schema, entryPath))[f.Name]?["pattern"]?.GetValue<string>()))
            .ToList();

        Assert.All(patterns, p => Assert.Equal(p.Kind == FieldKind.Date ? @"^\d{4}-\d{2}-\d{2}$" : "^https://", p.Pattern));
    }

    [Fact]
    public void Every_field_set_of_the_loader_has_a_schema()
    {
        var all = typeof(ContentSchemas).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(FieldSet))
            .Select(f => f.Name);

        var checkedSets = FieldSets().Select(row => (string)row[0]);

        Assert.Equal(all.Order(StringComparer.Ordinal), checkedSets.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_learning_kinds_are_the_loaders_learning_kinds()
    {
        var entry = SchemaEntry("learning", "resources");

        var kinds = Properties(entry)["kind"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>());

        Assert.Equal(ContentSchemas.LearningKinds, kinds);
    }

    private static FieldSet FieldSetNamed(string name) =>
        (FieldSet)typeof(ContentSchemas).GetField(name, BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;

    /// <summary>Follows list fields from the schema's root down to the schema of their entries: "groups/backgrounds" is a background.</summary>
    private static JsonObject SchemaEntry(string schema, string entryPath)
    {
        var root = ContentSchemaFiles.Document(schema);
        var entry = root;
        foreach (var field in entryPath.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            entry = Resolve(root, Properties(entry)[field]!["items"]!.AsObject());
        }

        return entry;
    }

    private static JsonObject Properties(JsonObject schema) => schema["properties"]!.AsObject();

    /// <summary>Follows a local "$ref": "#/$defs/name" within the same schema file.</summary>
    private static JsonObject Resolve(JsonObject root, JsonObject schema)
    {
        if (schema["$ref"]?.GetValue<string>() is not { } reference)
        {
            return schema;
        }

        Assert.StartsWith("#/", reference, StringComparison.Ordinal);
        var target = reference[2..].Split('/').Aggregate<string, JsonNode>(root, (node, part) => node[part]!);
        return Resolve(root, target.AsObject());
    }

    private static string ExpectedShape(FieldKind kind) => kind switch
    {
        FieldKind.Text or FieldKind.Date or FieldKind.Url => "string",
        FieldKind.WholeNumber => "integer",
        FieldKind.Flag => "boolean",
        FieldKind.TextList => "array of string",
        FieldKind.EntryList => "array of object",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "a field kind with no JSON shape"),
    };

    private static string ShapeOf(JsonObject root, JsonObject property)
    {
        var type = property["type"]?.GetValue<string>() ?? "(no type)";
        if (type != "array")
        {
            return type;
        }

        var items = property["items"] is JsonObject itemSchema ? Resolve(root, itemSchema) : null;
        return "array of " + (items?["type"]?.GetValue<string>() ?? "(no item type)");
    }
}
