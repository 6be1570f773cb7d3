namespace CareerPaths.Content.Loading.Translations;

/// <summary>
/// What a translation of one kind of entry may say. It is read with the original's fields, every
/// one optional, so a structural field (a role's track, a level's salary) is recognised and
/// reported as belonging to the original, rather than as an unknown field or a typo.
/// </summary>
internal sealed class TranslationSchema
{
    private TranslationSchema(FieldSet fields, IReadOnlySet<string> words)
    {
        Fields = fields;
        Words = words;
    }

    public FieldSet Fields { get; }

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
            new HashSet<string>([.. words, "reviewed"], StringComparer.Ordinal));
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
            new HashSet<string>([.. words, .. rows.Keys, .. original.Find("slug") is null ? Array.Empty<string>() : ["slug"]], StringComparer.Ordinal));
        foreach (var (name, row) in rows)
        {
            schema._rows[name] = row;
        }

        return schema;
    }
}
