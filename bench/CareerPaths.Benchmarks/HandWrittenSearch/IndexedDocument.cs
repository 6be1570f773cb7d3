namespace CareerPaths.Benchmarks.HandWrittenSearch;

/// <summary>A search document with the words of its title, skills and body, ready to match.</summary>
internal sealed class IndexedDocument(SearchDocument document, System.Collections.Concurrent.ConcurrentDictionary<string, string> pool)
{
    public SearchDocument Document { get; } = document;

    public SearchWords TitleWords { get; } = SearchWords.Of(document.Title, pool);

    public SearchWords SkillWords { get; } = SearchWords.Of(document.Skills, pool);

    public SearchWords BodyWords { get; } = SearchWords.Of(document.Summary + " " + document.Body, pool);
}
