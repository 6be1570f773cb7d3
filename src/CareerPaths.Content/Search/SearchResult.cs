namespace CareerPaths.Content.Search;

/// <summary>A match, in rank order, with a short snippet (HTML-encoded, matches wrapped in &lt;mark&gt;).</summary>
public sealed record SearchResult(SearchDocument Document, string SnippetHtml);
