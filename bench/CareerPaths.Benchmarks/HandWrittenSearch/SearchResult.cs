namespace CareerPaths.Benchmarks.HandWrittenSearch;

/// <summary>A match, in rank order, with a short snippet (HTML-encoded, matches wrapped in &lt;mark&gt;).</summary>
internal sealed record SearchResult(SearchDocument Document, string SnippetHtml);
