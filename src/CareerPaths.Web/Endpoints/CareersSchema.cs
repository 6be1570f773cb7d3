using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using CareerPaths.Content.Loading.Schemas;

namespace CareerPaths.Web.Endpoints;

/// <summary>
/// Writes /data/careers.schema.json (draft 2020-12) from the records /data/careers.json is
/// serialized from, with the same serializer options, so the published schema cannot drift from
/// the data. The file is kept in wwwroot, served and exported as a static file; a test fails when
/// it differs from this output.
/// </summary>
internal static class CareersSchema
{
    private const string Id = "/data/careers.schema.json";

    /// <summary>Slugs in the data set are the content's slugs.</summary>
    public const string SlugPattern = ContentSchemaWriter.SlugPattern;

    public const string DatePattern = @"^\d{4}-\d{2}-\d{2}$";

    /// <summary>Relaxed escaping keeps the patterns readable; the file is JSON, never embedded in HTML.</summary>
    private static readonly JsonSerializerOptions Format = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write()
    {
        var exporter = new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true, TransformSchemaNode = Annotate };
        var exported = JsonSchemaExporter.GetJsonSchemaAsNode(CareersJson.Options, typeof(CareersDocument), exporter).AsObject();

        // The draft, address, title and description come first, then everything the records say.
        var schema = new JsonObject
        {
            ["$schema"] = ContentSchemaWriter.Draft,
            ["$id"] = Id,
            ["title"] = "CareerPaths data set",
            ["description"] = typeof(CareersDocument).GetCustomAttribute<DescriptionAttribute>()!.Description,
        };
        foreach (var (key, value) in exported.ToList())
        {
            exported.Remove(key);
            schema[key] = value;
        }

        // Fixed values a reader can rely on: the version says which shape this is.
        var properties = schema["properties"]!;
        properties["schemaVersion"]!["const"] = CareersJson.SchemaVersion;
        properties["currency"]!["const"] = CareersJson.Currency;
        return schema.ToJsonString(Format) + "\n";
    }

    private static JsonNode Annotate(JsonSchemaExporterContext context, JsonNode node)
    {
        if (node is not JsonObject schema)
        {
            return node;
        }

        if (context.PropertyInfo is { } property)
        {
            AnnotateProperty(property, schema);
        }

        // A record used twice is written once and referenced after that: the reference carries
        // no properties of its own, so "additionalProperties": false beside it would reject every one.
        if (context.TypeInfo.Kind == JsonTypeInfoKind.Object && !schema.ContainsKey("$ref"))
        {
            // Null is never written (WhenWritingNull): a nullable property is left out instead,
            // so it is the one kind of property that is not required.
            schema["required"] = new JsonArray([.. context.TypeInfo.Properties.Where(p => !p.IsGetNullable).Select(p => JsonValue.Create(p.Name))]);
            schema["additionalProperties"] = false;
        }

        return schema;
    }

    private static void AnnotateProperty(JsonPropertyInfo property, JsonObject schema)
    {
        var attributes = property.AttributeProvider;
        if (property.IsGetNullable && schema["type"] is JsonArray types && CareersJson.Options.DefaultIgnoreCondition == JsonIgnoreCondition.WhenWritingNull)
        {
            schema["type"] = types.Select(t => t!.GetValue<string>()).Single(t => t != "null");
        }

        var isArray = schema["type"] is JsonValue type && type.GetValue<string>() == "array";

        if (Attribute<RegularExpressionAttribute>(attributes) is { } pattern)
        {
            (isArray ? schema["items"]!.AsObject() : schema)["pattern"] = pattern.Pattern;
        }

        if (Attribute<MinLengthAttribute>(attributes) is { } minLength)
        {
            schema[isArray ? "minItems" : "minLength"] = minLength.Length;
        }

        if (Attribute<RangeAttribute>(attributes) is { Minimum: int minimum } range)
        {
            schema["minimum"] = minimum;
            if (range.Maximum is int maximum && maximum != int.MaxValue)
            {
                schema["maximum"] = maximum;
            }
        }

        if (Attribute<UrlAttribute>(attributes) is not null)
        {
            schema["format"] = "uri";
        }

        if (Attribute<DescriptionAttribute>(attributes) is { } description)
        {
            schema["description"] = description.Description;
        }
    }

    private static T? Attribute<T>(ICustomAttributeProvider? provider)
        where T : Attribute =>
        provider?.GetCustomAttributes(typeof(T), inherit: false).OfType<T>().FirstOrDefault();
}
