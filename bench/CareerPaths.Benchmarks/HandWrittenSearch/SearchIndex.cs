using CareerPaths.Content.Model;

namespace CareerPaths.Benchmarks.HandWrittenSearch;

/// <summary>
/// Search over roles, skills, tracks, guides and resources, built once with the catalog. A word
/// in the title counts above one in the skills, which counts above one in the body; every word
/// of the query must match somewhere. Words match as prefixes, so "pen" finds "penetration".
/// </summary>
internal sealed class SearchIndex
{
    public const int MaxQueryLength = 200;
    public const int MaxTerms = 8;

    private const int TitleScore = 10;
    private const int ExactTitleBonus = 2;
    private const int SkillScore = 5;
    private const int BodyScore = 1;

    private readonly IndexedDocument[] _documents;

    public SearchIndex(IReadOnlyList<SearchDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var pool = new System.Collections.Concurrent.ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        _documents = documents.AsParallel().AsOrdered().Select(d => new IndexedDocument(d, pool)).ToArray();
    }

    /// <summary>The words a query is searched for: at most <see cref="MaxTerms"/>, from its first <see cref="MaxQueryLength"/> characters.</summary>
    public static IReadOnlyList<string> Terms(string? query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return [];
        }

        var text = query.Length > MaxQueryLength ? query[..MaxQueryLength] : query;
        return [.. Tokenizer.Words(text).Distinct(StringComparer.Ordinal).Take(MaxTerms)];
    }

    public IReadOnlyList<SearchResult> Search(string? query, int limit = 50)
    {
        var terms = Terms(query);
        if (terms.Count == 0)
        {
            return [];
        }

        var matches = new List<(IndexedDocument Indexed, int Score, bool SkillsOnly)>();
        foreach (var indexed in _documents)
        {
            var score = Score(indexed, terms, out var skillsOnly);
            if (score > 0)
            {
                matches.Add((indexed, score, skillsOnly));
            }
        }

        // Snippets are cut only for the results shown.
        return [.. matches
            .OrderByDescending(m => m.Score)
            .ThenBy(m => KindOrder(m.Indexed.Document.Kind))
            .ThenBy(m => m.Indexed.Document.Title, StringComparer.Ordinal)
            .Take(limit)
            .Select(m => new SearchResult(
                m.Indexed.Document,
                Snippets.Make(m.SkillsOnly ? m.Indexed.Document.Skills : $"{m.Indexed.Document.Summary} {m.Indexed.Document.Body}", terms)))];
    }

    public static SearchIndex Build(Catalog catalog) => new(SearchDocuments.From(catalog));

    private static int Score(IndexedDocument document, IReadOnlyList<string> terms, out bool skillsOnly)
    {
        var total = 0;
        var bodyMatched = false;
        var skillsMatched = false;
        foreach (var term in terms)
        {
            var termScore = 0;
            if (document.TitleWords.ContainsPrefix(term))
            {
                termScore += TitleScore + (document.TitleWords.ContainsExact(term) ? ExactTitleBonus : 0);
            }

            if (document.SkillWords.ContainsPrefix(term))
            {
                termScore += SkillScore;
                skillsMatched = true;
            }

            if (document.BodyWords.ContainsPrefix(term))
            {
                termScore += BodyScore;
                bodyMatched = true;
            }

            if (termScore == 0)
            {
                skillsOnly = false;
                return 0;
            }

            total += termScore;
        }

        skillsOnly = skillsMatched && !bodyMatched;
        return total;
    }

    private static int KindOrder(string kind) => kind switch
    {
        "Role" => 0,
        "Track" => 1,
        "Guide" => 2,
        _ => 3,
    };
}
