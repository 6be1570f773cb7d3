namespace CareerPaths.Content.Loading.Translations;

/// <summary>One translated row of a YAML table: which list it is in ("levels", "skills"), its slug, and its words.</summary>
internal sealed record TranslatedRow(string List, string Slug, TranslatedWords Words);
