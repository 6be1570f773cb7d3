using CareerPaths.Content.Diagnostics;
using CareerPaths.Content.Model;

namespace CareerPaths.Content.Loading.Translations;

/// <summary>
/// Reads a language's glossary (es/glossary.yml), the translators' list of the field's terms.
/// The site shows none of it; it is read so that a typo in it is reported like any other file's,
/// and so that one English term cannot be given two translations.
/// </summary>
internal static class GlossaryReader
{
    public const string FileName = "glossary.yml";

    public static readonly FieldSet Term = new(
        "glossary term",
        ContentSchemas.Required("en", FieldKind.Text, "en: prompt injection", "The term in English, as the original content uses it."),
        ContentSchemas.Required("es", FieldKind.Text, "es: inyección de prompts", "How the translation says it, every time."),
        ContentSchemas.Optional("note", FieldKind.Text, "note: on first mention, add the English term", "Why, or where care is needed."))
    {
        Description = "One term of the field, and how the translation says it every time.",
    };

    public static readonly FieldSet File = new(
        "glossary",
        new FieldSpec("terms", FieldKind.EntryList, true, "terms:") { Entries = Term, Description = "The terms, one per entry." })
    {
        Description = "How the translation says the field's terms: one word for one idea. The site shows none of it; translators follow it.",
    };

    public static IReadOnlyList<GlossaryTerm>? Read(ContentFile file, SiteLanguage language, ContentErrors errors)
    {
        var mapping = YamlText.ParseMapping(file.Text, file.Path, 0, errors);
        if (mapping is null)
        {
            return null;
        }

        var seen = new Dictionary<string, TextPosition>(StringComparer.OrdinalIgnoreCase);
        var terms = new List<GlossaryTerm>();
        foreach (var f in new YamlFields(mapping, File, file.Path, 0, errors).Entries("terms", Term))
        {
            var english = f.Text("en");
            if (english.Length > 0 && !seen.TryAdd(english, f.PositionOf("en")))
            {
                errors.Add(file.Path, f.PositionOf("en"), $"'{english}' is already in the glossary on line {seen[english].Line} \u2014 one term, one translation: keep one entry");
            }

            terms.Add(new GlossaryTerm(language, english, f.Text("es"), f.OptionalText("note"), f.Source()));
        }

        return terms;
    }
}
