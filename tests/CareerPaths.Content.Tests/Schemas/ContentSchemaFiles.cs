using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Nodes;
using CareerPaths.Content.Loading;
using CareerPaths.Content.Loading.Schemas;
using CareerPaths.Testing;
using Json.Schema;
using YamlDotNet.Core;

namespace CareerPaths.Content.Tests.Schemas;

/// <summary>
/// The JSON Schemas in content/schemas: which one checks which content file, and checking a file
/// with it. Each schema is built once, because JsonSchema.Net registers schemas globally by address.
/// </summary>
internal static class ContentSchemaFiles
{
    public static readonly IReadOnlyList<string> Names = [.. ContentSchemaWriter.Files.Select(f => f.Name)];

    private static readonly FrozenDictionary<string, JsonSchema> Built =
        Names.ToFrozenDictionary(name => name, name => JsonSchema.FromFile(PathOf(name)), StringComparer.Ordinal);

    public static string Directory => Path.Combine(RepositoryPaths.Content, "schemas");

    public static string PathOf(string name) => Path.Combine(Directory, name + ".schema.json");

    public static JsonSchema Schema(string name) => Built[name];

    /// <summary>The schema document as plain JSON, to read its properties.</summary>
    public static JsonObject Document(string name) => JsonNode.Parse(File.ReadAllText(PathOf(name)))!.AsObject();

    /// <summary>
    /// The schema for a content file, by the same rules the loader uses to tell what a file is; null
    /// for the interface text (i18n/), whose keys validate checks against the English file instead.
    /// </summary>
    public static string? NameFor(string relativePath)
    {
        if (relativePath.StartsWith("i18n/", StringComparison.Ordinal))
        {
            return null;
        }

        if (relativePath.StartsWith("es/", StringComparison.Ordinal))
        {
            var original = relativePath["es/".Length..];
            return original == "glossary.yml" ? "glossary" : "translation-" + NameFor(original);
        }

        if (SiteSections.KeyFor(relativePath) is not null)
        {
            return "section-page";
        }

        if (SiteSections.DataFiles.Contains(relativePath) || relativePath == SiteSections.FrameworksFile)
        {
            return Path.GetFileNameWithoutExtension(relativePath);
        }

        if (relativePath == SiteSections.SynonymsFile)
        {
            return "synonyms";
        }

        return new ContentFile(relativePath, string.Empty).Folder switch
        {
            "tracks" => "track",
            "roles" => "role",
            "guides" => "guide",
            _ => throw new InvalidOperationException($"no schema checks {relativePath}"),
        };
    }

    /// <summary>Every file the loader reads from a content folder, as paths relative to it with forward slashes.</summary>
    public static IReadOnlyList<string> ContentFiles(string contentDirectory) =>
        [.. System.IO.Directory.EnumerateFiles(contentDirectory, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(contentDirectory, f).Replace('\\', '/'))
            .Where(ContentFileReader.IsContentPath)
            .Order(StringComparer.Ordinal)];

    /// <summary>Checks a value against a schema and lists each failing keyword with where it failed.</summary>
    public static IReadOnlyList<SchemaFailure> Check(string name, JsonNode? value)
    {
        var instance = JsonSerializer.SerializeToElement(value);
        var results = Schema(name).Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return [];
        }

        return [.. new[] { results }.Concat(results.Details ?? [])
            .Where(r => r.Errors is not null)
            .SelectMany(r => r.Errors!.Select(e => new SchemaFailure(r.InstanceLocation.ToString(), KeywordOf(e.Key, r), e.Value)))];
    }

    /// <summary>Checks every file of a content folder against its schema: one line per failure, naming the file, the place in it and the schema.</summary>
    public static IReadOnlyList<string> CheckFolder(string contentDirectory)
    {
        var failures = new List<string>();
        foreach (var file in ContentFiles(contentDirectory))
        {
            if (NameFor(file) is not { } name)
            {
                continue;
            }

            JsonNode? value;
            try
            {
                value = YamlJson.FromContentFile(file, File.ReadAllText(Path.Combine(contentDirectory, file)));
            }
            catch (YamlException ex)
            {
                failures.Add($"content/{file} is not valid YAML: {ex.Message}");
                continue;
            }

            failures.AddRange(Check(name, value).Select(f => $"content/{file} {f} [{name}.schema.json]"));
        }

        return failures;
    }

    /// <summary>A false schema (additionalProperties: false) fails with no keyword of its own; name it by where it sits.</summary>
    private static string KeywordOf(string key, EvaluationResults result) =>
        key.Length > 0 ? key : result.EvaluationPath.ToString().Split('/')[^1];
}

/// <summary>One schema keyword a value fails, at a JSON pointer into the value ("" is the whole value).</summary>
internal sealed record SchemaFailure(string Pointer, string Keyword, string Message)
{
    public override string ToString() => $"at '{(Pointer.Length == 0 ? "/" : Pointer)}' ({Keyword}): {Message}";
}
