using System.Reflection;
using System.Text.Json.Nodes;
using CareerPaths.Content.Loading;
using CareerPaths.Content.Loading.Schemas;

namespace CareerPaths.Content.Tests.Schemas;

/// <summary>
/// What generating the schemas cannot promise by itself: that every field set the loader reads
/// with has a schema, that editors are told what each field is for, and that the samples they
/// are shown are values the schema accepts.
/// </summary>
public sealed class ContentSchemaWriterTests
{
    public static TheoryData<string> SchemaNames() => [.. ContentSchemaWriter.Files.Select(f => f.Name)];

    [Fact]
    public void Every_field_set_of_the_loader_is_in_a_schema_file()
    {
        var declared = typeof(ContentSchemas).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Concat(typeof(TableSchemas).GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.FieldType == typeof(FieldSet))
            .Select(f => ((FieldSet)f.GetValue(null)!).Kind);

        var written = ContentSchemaWriter.Files.SelectMany(f => Reachable(f.Root)).Select(s => s.Kind);

        // Translations and the glossary have schemas of their own besides (content/es/).
        Assert.Empty(declared.Except(written, StringComparer.Ordinal));
    }

    [Fact]
    public void Every_kind_of_entry_and_every_field_is_described_for_editors()
    {
        var sets = ContentSchemaWriter.Files.SelectMany(f => Reachable(f.Root)).Distinct().ToList();

        var undescribed = sets.Where(s => string.IsNullOrWhiteSpace(s.Description)).Select(s => s.Kind)
            .Concat(sets.SelectMany(s => s.Fields.Where(f => string.IsNullOrWhiteSpace(f.Description)).Select(f => $"{s.Kind}.{f.Name}")));

        Assert.Empty(undescribed);
    }

    [Theory]
    [MemberData(nameof(SchemaNames))]
    public void A_file_made_of_the_first_sample_of_every_field_passes_its_schema(string name)
    {
        var schema = ContentSchemaFiles.Document(name);

        var sample = SampleOf(schema, schema);

        Assert.Empty(ContentSchemaFiles.Check(name, sample));
    }

    /// <summary>An entry with every field at its first sample value; an entry list holds one sample entry.</summary>
    private static JsonObject SampleOf(JsonObject root, JsonObject schema)
    {
        var sample = new JsonObject();
        foreach (var (field, property) in schema["properties"]!.AsObject())
        {
            sample[field] = property!["examples"] is JsonArray examples
                ? examples[0]!.DeepClone()
                : new JsonArray(SampleOf(root, root["$defs"]![property["items"]!["$ref"]!.GetValue<string>().Split('/')[^1]]!.AsObject()));
        }

        return sample;
    }

    private static IEnumerable<FieldSet> Reachable(FieldSet set) =>
        set.Fields.Where(f => f.Entries is not null).SelectMany(f => Reachable(f.Entries!)).Prepend(set);
}
