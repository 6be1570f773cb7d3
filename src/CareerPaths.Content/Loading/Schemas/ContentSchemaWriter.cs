using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CareerPaths.Content.Loading.Schemas;

/// <summary>
/// Writes the JSON Schemas in content/schemas (draft 2020-12), which give editors completion and
/// red underlines as they type, from the same field sets the loader reads with, so the two cannot
/// disagree. The output is stable: fields in the order the field set lists them, two-space
/// indents, LF line ends and a final newline.
/// </summary>
public static class ContentSchemaWriter
{
    public const string Draft = "https://json-schema.org/draft/2020-12/schema";

    /// <summary>What a slug looks like: lower-case letters and digits in words joined by single hyphens.</summary>
    public const string SlugPattern = "^[a-z0-9]+(-[a-z0-9]+)*$";

    /// <summary>Every schema file, in the order the content README lists the kinds of file.</summary>
    public static IReadOnlyList<SchemaFile> Files { get; } =
    [
        new("section-page", "Section page", ContentSchemas.SectionPage),
        new("track", "Career track", ContentSchemas.Track),
        new("role", "Role", ContentSchemas.Role),
        new("guide", "Audience guide", ContentSchemas.Guide),
        new("levels", "Career levels (levels.yml)", TableSchemas.LevelsFile),
        new("backgrounds", "Backgrounds (backgrounds.yml)", TableSchemas.BackgroundsFile),
        new("certifications", "Certifications (certifications.yml)", TableSchemas.CertificationsFile),
        new("learning", "Learning resources (learning.yml)", TableSchemas.LearningFile),
        new("skills", "Skills map (skills.yml)", TableSchemas.SkillsFile),
        new("frameworks", "Framework crosswalk (frameworks.yml)", TableSchemas.FrameworksFile),
        new("synonyms", "Search synonyms (search/synonyms.yml)", TableSchemas.SynonymsFile),
        new("translation-section-page", "Section page translation", Translations.TranslationSchemas.SectionPage.Editable),
        new("translation-track", "Career track translation", Translations.TranslationSchemas.Track.Editable),
        new("translation-role", "Role translation", Translations.TranslationSchemas.Role.Editable),
        new("translation-guide", "Audience guide translation", Translations.TranslationSchemas.Guide.Editable),
        new("translation-levels", "Career levels translation (es/levels.yml)", Translations.TranslationSchemas.LevelsFile.Editable),
        new("translation-backgrounds", "Backgrounds translation (es/backgrounds.yml)", Translations.TranslationSchemas.BackgroundsFile.Editable),
        new("translation-skills", "Skills map translation (es/skills.yml)", Translations.TranslationSchemas.SkillsFile.Editable),
        new("glossary", "Translation glossary (es/glossary.yml)", Translations.GlossaryReader.File),
    ];

    /// <summary>Relaxed escaping keeps quotes, apostrophes and dashes readable in an editor's hover text.</summary>
    private static readonly JsonSerializerOptions Format = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(SchemaFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var definitions = new List<FieldSet>();
        string DefinitionOf(FieldSet set)
        {
            if (!definitions.Contains(set))
            {
                definitions.Add(set);
            }

            return set.Kind.Replace(' ', '-');
        }

        var schema = new JsonObject
        {
            ["$schema"] = Draft,
            ["$comment"] = $"Generated from the loader's field sets by {nameof(ContentSchemaWriter)}: do not edit by hand (see README.md).",
            ["title"] = file.Title,
        };
        AddObject(schema, file.Root, DefinitionOf);

        // Entry lists may nest (backgrounds in groups), so definitions can add more as they are written.
        var defs = new JsonObject();
        for (var i = 0; i < definitions.Count; i++)
        {
            var entry = new JsonObject();
            AddObject(entry, definitions[i], DefinitionOf);
            defs[DefinitionOf(definitions[i])] = entry;
        }

        if (defs.Count > 0)
        {
            schema["$defs"] = defs;
        }

        return schema.ToJsonString(Format) + "\n";
    }

    private static void AddObject(JsonObject schema, FieldSet set, Func<FieldSet, string> definitionOf)
    {
        schema["description"] = set.Description;
        schema["type"] = "object";
        schema["required"] = new JsonArray([.. set.RequiredNames.Select(name => JsonValue.Create(name))]);
        schema["additionalProperties"] = false;
        var properties = new JsonObject();
        foreach (var field in set.Fields)
        {
            properties[field.Name] = FieldSchema.For(field, definitionOf);
        }

        schema["properties"] = properties;
    }
}
