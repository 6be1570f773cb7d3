namespace CareerPaths.Content.Loading.Translations;

/// <summary>
/// What a translation of one kind of entry may say. It is read with the original's fields, every
/// one optional, so a structural field (a role's track, a level's salary) is recognised and
/// reported as belonging to the original, rather than as an unknown field or a typo.
/// </summary>
internal sealed class TranslationSchema
{
    private TranslationSchema(FieldSet fields, IReadOnlySet<string> words, string description)
    {
        Fields = fields;
        Words = words;
        _description = description;
    }

    private readonly string _description;

    /// <summary>What the loader reads a translation with: every field of the original, the structural ones to be refused.</summary>
    public FieldSet Fields { get; }

    /// <summary>Only what a translation may say, for the JSON Schema editors check translations with as they type.</summary>
    public FieldSet Editable => new(Fields.Kind, [.. Fields.Fields
        .Where(f => Words.Contains(f.Name))
        .Select(f => f with { Entries = RowsOf(f.Name)?.Editable ?? f.Entries })])
    {
        Description = _description,
    };

    /// <summary>The fields a translation may contain: the words, the rows' slugs and, in Markdown, reviewed.</summary>
    public IReadOnlySet<string> Words { get; }

    /// <summary>The schema of the rows of an entry list, such as the levels of levels.yml.</summary>
    public TranslationSchema? RowsOf(string field) => _rows.GetValueOrDefault(field);

    private readonly Dictionary<string, TranslationSchema> _rows = new(StringComparer.Ordinal);

    /// <summary>A Markdown entry: its words, and a reviewed date that the translation must have.</summary>
    public static TranslationSchema ForMarkdown(FieldSet original, params string[] words)
    {
        var reviewed = original.Find("reviewed") ?? ContentSchemas.Required("reviewed", FieldKind.Date, "reviewed: 2026-12-02", string.Empty);
        var fields = original.Fields
            .Where(f => f.Name != "reviewed")
            .Select(f => f with { Required = false })
            .Append(reviewed with
            {
                Required = true,
                Description = "The date a speaker of the language last checked the translation against the original, written YYYY-MM-DD.",
            });
        return new TranslationSchema(
            new FieldSet(original.Kind + " translation", [.. fields]),
            new HashSet<string>([.. words, "reviewed"], StringComparer.Ordinal),
            $"The translation of a {original.Kind}, at the original's path under the language's folder (es/...). It holds only the words; everything else comes from the original. The text below the front matter is the translated Markdown.");
    }

    /// <summary>A YAML table: its rows keep their slug, to say which row they translate, and their words.</summary>
    public static TranslationSchema ForTable(FieldSet original, IReadOnlyDictionary<string, TranslationSchema>? rows, params string[] words)
    {
        rows ??= new Dictionary<string, TranslationSchema>();
        var fields = original.Fields.Select(f => f with
        {
            Required = f.Name == "slug",
            Entries = rows.TryGetValue(f.Name, out var row) ? row.Fields : f.Entries,
        });
        var schema = new TranslationSchema(
            new FieldSet(original.Kind + " translation", [.. fields]),
            new HashSet<string>([.. words, .. rows.Keys, .. original.Find("slug") is null ? Array.Empty<string>() : ["slug"]], StringComparer.Ordinal),
            $"The translation of a {original.Kind}: each row keeps the slug of the row it translates and gives only its words; rows left out are shown in the original language.");
        foreach (var (name, row) in rows)
        {
            schema._rows[name] = row;
        }

        return schema;
    }
}
