using CareerPaths.Content.Diagnostics;
using CareerPaths.Content.Model;

namespace CareerPaths.Content.Loading.Translations;

/// <summary>
/// Reads a file under a language's folder ("es/roles/x.md") as the translation of the original
/// at the same path without the folder. Only the words are taken; a structural field is an error
/// that sends the editor to the original, so the two languages cannot disagree about a fact.
/// </summary>
internal static class TranslationReader
{
    public static TranslationEntry? Read(ContentFile file, SiteLanguage language, ContentErrors errors, List<ContentLink> links)
    {
        var originalPath = file.Path[language.ContentFolder.Length..];
        if (originalPath.EndsWith(".md", StringComparison.Ordinal))
        {
            return SchemaFor(originalPath) is { } schema
                ? ReadMarkdown(file, language, originalPath, schema, errors, links)
                : Refuse(file, errors);
        }

        return TranslationSchemas.ForTable(originalPath) is { } table
            ? ReadTable(file, language, originalPath, table, errors)
            : Refuse(file, errors);
    }

    private static TranslationSchema? SchemaFor(string originalPath)
    {
        if (SiteSections.KeyFor(originalPath) is not null)
        {
            return TranslationSchemas.SectionPage;
        }

        var folder = originalPath.Contains('/', StringComparison.Ordinal) ? originalPath[..originalPath.IndexOf('/', StringComparison.Ordinal)] : string.Empty;
        return folder switch
        {
            "tracks" => TranslationSchemas.Track,
            "roles" => TranslationSchemas.Role,
            "guides" => TranslationSchemas.Guide,
            _ => null,
        };
    }

    private static TranslationEntry? ReadMarkdown(ContentFile file, SiteLanguage language, string originalPath, TranslationSchema schema, ContentErrors errors, List<ContentLink> links)
    {
        var parsed = MarkdownFile.Parse(file, schema.Fields, errors);
        if (parsed is null)
        {
            return null;
        }

        links.AddRange(parsed.Links);
        var words = Words(parsed.Fields, schema, originalPath, errors);
        if (words.Texts.TryGetValue("intro", out var intro))
        {
            links.AddRange(MarkdownFile.ParseInline(intro, file.Path, parsed.Fields.PositionOf("intro")).Links);
        }

        return new TranslationEntry(language, originalPath, words, parsed.Body, parsed.Fields.Date("reviewed"), []);
    }

    private static TranslationEntry? ReadTable(ContentFile file, SiteLanguage language, string originalPath, TranslationSchema schema, ContentErrors errors)
    {
        var mapping = YamlText.ParseMapping(file.Text, file.Path, 0, errors);
        if (mapping is null)
        {
            return null;
        }

        var fields = new YamlFields(mapping, schema.Fields, file.Path, 0, errors);
        var rows = new List<TranslatedRow>();
        ReadRows(fields, schema, originalPath, rows, errors);
        return new TranslationEntry(language, originalPath, Words(fields, schema, originalPath, errors), null, null, rows);
    }

    /// <summary>Reads every entry list of a mapping as rows, and the lists inside them (a group's backgrounds) too.</summary>
    private static void ReadRows(YamlFields fields, TranslationSchema schema, string originalPath, List<TranslatedRow> rows, ContentErrors errors)
    {
        foreach (var spec in schema.Fields.Fields.Where(f => f.Kind == FieldKind.EntryList))
        {
            if (schema.RowsOf(spec.Name) is not { } rowSchema)
            {
                continue;
            }

            foreach (var row in fields.Entries(spec.Name, rowSchema.Fields))
            {
                rows.Add(new TranslatedRow(spec.Name, row.Text("slug"), Words(row, rowSchema, originalPath, errors)));
                ReadRows(row, rowSchema, originalPath, rows, errors);
            }
        }
    }

    /// <summary>The words of one mapping; a field that belongs to the original is reported where it was written.</summary>
    private static TranslatedWords Words(YamlFields fields, TranslationSchema schema, string originalPath, ContentErrors errors)
    {
        var source = fields.Source();
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var lists = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var spec in schema.Fields.Fields.Where(f => source.Fields.ContainsKey(f.Name)))
        {
            if (!schema.Words.Contains(spec.Name))
            {
                errors.Add(fields.Path, source.At(spec.Name),
                    $"'{spec.Name}' is not translated: it comes from the original, {errors.Display(originalPath)}, so both languages always agree \u2014 remove it here, and change it there if it is wrong");
            }
            else if (spec.Kind == FieldKind.TextList)
            {
                lists[spec.Name] = fields.TextList(spec.Name);
            }
            else if (spec.Kind is FieldKind.Text && fields.OptionalText(spec.Name) is { } text)
            {
                texts[spec.Name] = text;
            }
        }

        return new TranslatedWords(texts, lists, fields.Source());
    }

    private static TranslationEntry? Refuse(ContentFile file, ContentErrors errors)
    {
        errors.Add(file.Path, TextPosition.Unknown,
            $"this file is not translated \u2014 a translation mirrors one of the {TranslationSchemas.Translatable}, at the same path under the language's folder");
        return null;
    }
}
