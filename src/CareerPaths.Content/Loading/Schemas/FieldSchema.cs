using System.Globalization;
using System.Text.Json.Nodes;
using YamlDotNet.Serialization;

namespace CareerPaths.Content.Loading.Schemas;

/// <summary>The JSON Schema of one field, from its kind and what editors are told about it.</summary>
internal static class FieldSchema
{
    public const string DatePattern = @"^\d{4}-\d{2}-\d{2}$";

    public const string UrlPattern = "^https://";

    public const string ColorPattern = "^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$";

    private static readonly IDeserializer Yaml = new DeserializerBuilder().Build();

    /// <param name="definitionOf">The "$defs" name under which an entry list's entries are described.</param>
    public static JsonObject For(FieldSpec field, Func<FieldSet, string> definitionOf)
    {
        var schema = Shape(field, definitionOf);
        schema["description"] = (field.Required ? string.Empty : "Optional. ") + field.Description
            + (field.Choices is { } choices ? ": " + string.Join(", ", choices) + "." : string.Empty);
        var samples = Samples(field);
        if (samples.Count > 0)
        {
            schema["examples"] = new JsonArray([.. samples]);
        }

        return schema;
    }

    private static JsonObject Shape(FieldSpec field, Func<FieldSet, string> definitionOf) => field.Kind switch
    {
        FieldKind.Text when field.Choices is { } choices => new() { ["type"] = "string", ["enum"] = new JsonArray([.. choices.Select(c => JsonValue.Create(c))]) },
        FieldKind.Text => Text(),
        FieldKind.Slug => Slug(),
        FieldKind.Date => new() { ["type"] = "string", ["pattern"] = DatePattern },
        FieldKind.Url => new() { ["type"] = "string", ["pattern"] = UrlPattern },
        FieldKind.Color => new() { ["type"] = "string", ["pattern"] = ColorPattern },
        FieldKind.WholeNumber => new() { ["type"] = "integer", ["minimum"] = 0 },
        FieldKind.Flag => new() { ["type"] = "boolean" },
        FieldKind.TextList => new() { ["type"] = "array", ["items"] = Text() },
        FieldKind.SlugList => new() { ["type"] = "array", ["items"] = Slug(), ["uniqueItems"] = true },
        FieldKind.EntryList => new()
        {
            ["type"] = "array",
            ["items"] = new JsonObject { ["$ref"] = "#/$defs/" + definitionOf(field.Entries ?? throw new InvalidOperationException($"the entry list '{field.Name}' names no entry fields")) },
        },
        _ => throw new ArgumentOutOfRangeException(nameof(field), field.Kind, "a field kind with no JSON Schema"),
    };

    private static JsonObject Text() => new() { ["type"] = "string", ["minLength"] = 1 };

    private static JsonObject Slug() => new() { ["type"] = "string", ["pattern"] = ContentSchemaWriter.SlugPattern };

    /// <summary>The samples as JSON values of the field's type; the example's value when no samples are given.</summary>
    private static List<JsonNode?> Samples(FieldSpec field)
    {
        IReadOnlyList<string> samples = field.Samples;
        if (samples.Count == 0)
        {
            var colon = field.Example.IndexOf(": ", StringComparison.Ordinal);
            samples = colon < 0 ? [] : [field.Example[(colon + 2)..]];
        }

        return [.. samples.Select(sample => Sample(field.Kind, sample))];
    }

    private static JsonNode? Sample(FieldKind kind, string sample) => kind switch
    {
        FieldKind.WholeNumber => JsonValue.Create(int.Parse(sample, NumberStyles.None, CultureInfo.InvariantCulture)),
        FieldKind.Flag => JsonValue.Create(bool.Parse(sample)),
        FieldKind.TextList or FieldKind.SlugList => new JsonArray([.. Yaml.Deserialize<List<string>>(sample).Select(item => JsonValue.Create(item))]),
        _ => JsonValue.Create(sample),
    };
}
