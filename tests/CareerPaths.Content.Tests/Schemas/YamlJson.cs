using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CareerPaths.Content.Tests.Schemas;

/// <summary>
/// Turns YAML into the JSON an editor's schema checker sees: unquoted whole numbers become numbers,
/// unquoted true and false become booleans, and every other scalar (dates included) stays text.
/// </summary>
internal static partial class YamlJson
{
    /// <summary>Parses a whole YAML file, or the YAML between a Markdown file's first two --- lines.</summary>
    public static JsonNode? FromContentFile(string relativePath, string text) =>
        FromYaml(relativePath.EndsWith(".md", StringComparison.Ordinal) ? FrontMatter(text) : text);

    public static JsonNode? FromYaml(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents.Count == 0 ? null : ToJson(stream.Documents[0].RootNode);
    }

    /// <summary>The lines between the first line --- and the next line ---.</summary>
    public static string FrontMatter(string text)
    {
        var lines = text.TrimStart('\uFEFF').Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var close = lines.FindIndex(1, l => l == "---");
        if (lines[0] != "---" || close < 0)
        {
            throw new InvalidOperationException("the file has no front matter between two --- lines");
        }

        return string.Join('\n', lines.Skip(1).Take(close - 1));
    }

    public static JsonNode ToJson(YamlNode node) => node switch
    {
        YamlMappingNode mapping => Object(mapping),
        YamlSequenceNode sequence => new JsonArray([.. sequence.Children.Select(ToJson)]),
        YamlScalarNode scalar => Scalar(scalar),
        _ => throw new NotSupportedException($"unexpected YAML node {node.NodeType} at {node.Start}"),
    };

    private static JsonObject Object(YamlMappingNode mapping)
    {
        var json = new JsonObject();
        foreach (var (key, value) in mapping.Children)
        {
            json[((YamlScalarNode)key).Value ?? string.Empty] = ToJson(value);
        }

        return json;
    }

    private static JsonValue Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? string.Empty;
        if (scalar.Style == ScalarStyle.Plain)
        {
            if (WholeNumber().IsMatch(text) && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
            {
                return JsonValue.Create(number);
            }

            if (text is "true" or "false")
            {
                return JsonValue.Create(text == "true");
            }
        }

        return JsonValue.Create(text);
    }

    [GeneratedRegex(@"^-?\d+$")]
    private static partial Regex WholeNumber();
}
