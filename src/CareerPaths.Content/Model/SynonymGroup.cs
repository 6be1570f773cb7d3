namespace CareerPaths.Content.Model;

/// <summary>
/// Words and phrases that mean the same to someone searching (content/search/synonyms.yml): a
/// search for any one of them also finds pages that use another.
/// </summary>
public sealed record SynonymGroup(IReadOnlyList<string> Terms, SourceRef Source);
