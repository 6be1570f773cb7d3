using CareerPaths.Content.Model;

namespace CareerPaths.Content.Loading.Translations;

/// <summary>
/// One translation file as read: the original it translates (by its path, "roles/x.md"), its
/// words, and for Markdown its body and reviewed date, or for a table its rows.
/// </summary>
internal sealed record TranslationEntry(
    SiteLanguage Language,
    string OriginalPath,
    TranslatedWords Words,
    RichText? Body,
    DateOnly? Reviewed,
    IReadOnlyList<TranslatedRow> Rows)
{
    public string Path => Words.Source.Path;
}
