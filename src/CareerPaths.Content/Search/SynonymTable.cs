using CareerPaths.Content.Model;

namespace CareerPaths.Content.Search;

/// <summary>
/// The synonym groups (from search/synonyms.yml, plus each role's title with its job titles) as
/// sequences of stemmed words, so a query's words can be matched against them: the longest run of
/// the query's words that is a term of some group is replaced by every term of its groups.
/// </summary>
internal sealed class SynonymTable
{
    /// <summary>
    /// Each alternative becomes a few clauses of the query, and Lucene allows 1,024 clauses in one:
    /// a job title many roles share (a large catalog of cloned roles has hundreds) must not make a
    /// query it refuses. The first alternatives are kept: the editors' groups, then roles in catalog order.
    /// </summary>
    public const int MaxAlternatives = 24;

    private readonly Dictionary<string, List<string>> _alternatives = new(StringComparer.Ordinal);

    public SynonymTable(SearchLanguage language, IEnumerable<IEnumerable<string>> groups)
    {
        foreach (var group in groups)
        {
            var keys = group.Select(term => TextAnalysis.Key(language, term)).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal).ToList();
            if (keys.Count < 2)
            {
                continue;
            }

            foreach (var key in keys)
            {
                if (!_alternatives.TryGetValue(key, out var list))
                {
                    _alternatives[key] = list = [];
                }

                foreach (var alternative in keys.Where(k => !list.Contains(k)))
                {
                    if (list.Count < MaxAlternatives)
                    {
                        list.Add(alternative);
                    }
                }
                LongestTerm = Math.Max(LongestTerm, key.Count(c => c == ' ') + 1);
            }
        }
    }

    /// <summary>The most words in one term: how far ahead a match is looked for.</summary>
    public int LongestTerm { get; private set; }

    public static IEnumerable<IEnumerable<string>> GroupsOf(IEnumerable<SynonymGroup> synonyms, IEnumerable<Role> roles) =>
        synonyms.Select(g => g.Terms).Concat(roles.Select(r => r.JobTitles.Prepend(r.Title)));

    /// <summary>The terms that mean the same as these stemmed words (themselves included), or null when they are no term.</summary>
    public IReadOnlyCollection<string>? Alternatives(IEnumerable<string> stems) =>
        _alternatives.TryGetValue(string.Join(' ', stems), out var list) ? list : null;
}
