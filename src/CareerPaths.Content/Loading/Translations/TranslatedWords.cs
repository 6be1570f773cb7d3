using CareerPaths.Content.Model;

namespace CareerPaths.Content.Loading.Translations;

/// <summary>The words one translated entry or row gives, by field name; a field left out keeps the original's.</summary>
internal sealed record TranslatedWords(
    IReadOnlyDictionary<string, string> Texts,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Lists,
    SourceRef Source)
{
    public string Text(string field, string original) => Texts.GetValueOrDefault(field) ?? original;

    public string? OptionalText(string field, string? original) => Texts.GetValueOrDefault(field) ?? original;

    public IReadOnlyList<string> List(string field, IReadOnlyList<string> original) => Lists.GetValueOrDefault(field) ?? original;
}
