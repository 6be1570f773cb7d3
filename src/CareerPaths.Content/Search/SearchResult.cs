namespace CareerPaths.Content.Search;

/// <summary>A match, with its score and a short snippet (HTML-encoded, matches wrapped in &lt;mark&gt;).</summary>
public sealed record SearchResult(SearchDocument Document, int Score, string SnippetHtml);
