using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CareerPaths.Content.Search;

/// <summary>
/// How one query is searched: its words in segments (a word, or a run of words that is a synonym
/// term), each with the stems that may stand for it, built into a Lucene query by code, never by
/// a query parser, so no visitor input is read as syntax.
/// </summary>
internal sealed class QueryPlan
{
    private const float SynonymWeight = 0.7f;
    private const float CorrectionWeight = 0.9f;
    private const int CorrectionsPerWord = 2;

    private QueryPlan(IReadOnlyList<QuerySegment> segments, string exactKey, string? didYouMean)
    {
        Segments = segments;
        ExactKey = exactKey;
        DidYouMean = didYouMean;
    }

    public IReadOnlyList<QuerySegment> Segments { get; }

    /// <summary>The query's stemmed words as one key, to match a whole title.</summary>
    public string ExactKey { get; }

    /// <summary>The query with each unknown word replaced by its best correction, or null when every word is known.</summary>
    public string? DidYouMean { get; }

    public static QueryPlan Make(string text, SearchLanguage language, SynonymTable synonyms, Spelling spelling)
    {
        var words = TextAnalysis.Tokens(language.Words, text).Take(QueryText.MaxWords).ToList();
        var meaningful = words.Where(w => !language.QueryFillers.Contains(w.Term)).ToList();
        var stemmed = (meaningful.Count > 0 ? meaningful : words)
            .Select(w => (Word: w, Stem: TextAnalysis.Terms(language.Stemmed, w.Term).FirstOrDefault()))
            .Where(p => p.Stem is not null)
            .Select(p => (p.Word, Stem: p.Stem!))
            .ToList();

        var segments = new List<QuerySegment>();
        var corrections = new List<(AnalyzedToken Word, string Correction)>();
        for (var i = 0; i < stemmed.Count;)
        {
            var (length, alternatives) = LongestSynonym(stemmed.Skip(i).Select(p => p.Stem).ToList(), synonyms);
            if (alternatives is not null)
            {
                var own = string.Join(' ', stemmed.Skip(i).Take(length).Select(p => p.Stem));
                segments.Add(new QuerySegment(own, [.. alternatives.Where(a => a != own)], []));
                i += length;
                continue;
            }

            var (word, stem) = stemmed[i];
            IReadOnlyList<string> fixes = spelling.IsKnown(word.Term) ? [] : spelling.Corrections(word.Term, CorrectionsPerWord);
            if (fixes.Count > 0)
            {
                corrections.Add((word, fixes[0]));
            }

            segments.Add(new QuerySegment(stem, [], [.. fixes.Select(f => TextAnalysis.Key(language, f)).Where(k => k.Length > 0 && k != stem).Distinct(StringComparer.Ordinal)]));
            i++;
        }

        var exactKey = string.Join(' ', segments.Select(s => s.Best));
        return new QueryPlan(segments, exactKey, Corrected(text, corrections));
    }

    /// <param name="everyWord">True: every segment must match. False: any may, for the best partial matches.</param>
    public Query Build(bool everyWord)
    {
        var query = new BooleanQuery(disableCoord: true);
        foreach (var segment in Segments)
        {
            query.Add(SegmentQuery(segment), everyWord ? Occur.MUST : Occur.SHOULD);
        }

        if (ExactKey.Length > 0)
        {
            query.Add(new TermQuery(new Term(SearchFields.ExactTitle, ExactKey)) { Boost = SearchFields.ExactTitleWeight }, Occur.SHOULD);
            query.Add(new TermQuery(new Term(SearchFields.ExactJobTitle, ExactKey)) { Boost = SearchFields.ExactJobTitleWeight }, Occur.SHOULD);
        }

        if (Segments.Count > 1)
        {
            var phrase = string.Join(' ', Segments.Select(s => s.Best));
            query.Add(Phrase(SearchFields.Title, phrase, SearchFields.TitlePhraseWeight), Occur.SHOULD);
            query.Add(Phrase(SearchFields.JobTitles, phrase, SearchFields.TitlePhraseWeight), Occur.SHOULD);
        }

        return query;
    }

    private static BooleanQuery SegmentQuery(QuerySegment segment)
    {
        var query = new BooleanQuery(disableCoord: true);
        var alternatives = segment.Synonyms.Select(s => (Key: s, Weight: SynonymWeight))
            .Concat(segment.Corrections.Select(c => (Key: c, Weight: CorrectionWeight)))
            .Prepend((Key: segment.Own, Weight: 1f));
        foreach (var (key, weight) in alternatives)
        {
            foreach (var (field, fieldWeight) in SearchFields.Text)
            {
                query.Add(Phrase(field, key, weight * fieldWeight), Occur.SHOULD);
            }
        }

        return query;
    }

    /// <summary>A term query for one word, a phrase query for several (allowing one gap where a stop word was).</summary>
    private static Query Phrase(string field, string key, float boost)
    {
        var terms = key.Split(' ');
        if (terms.Length == 1)
        {
            return new TermQuery(new Term(field, terms[0])) { Boost = boost };
        }

        var phrase = new PhraseQuery { Slop = 1, Boost = boost };
        foreach (var term in terms)
        {
            phrase.Add(new Term(field, term));
        }

        return phrase;
    }

    private static (int Length, IReadOnlyCollection<string>? Alternatives) LongestSynonym(List<string> stems, SynonymTable synonyms)
    {
        for (var length = Math.Min(synonyms.LongestTerm, stems.Count); length >= 1; length--)
        {
            if (synonyms.Alternatives(stems.Take(length)) is { } alternatives)
            {
                return (length, alternatives);
            }
        }

        return (1, null);
    }

    private static string? Corrected(string text, List<(AnalyzedToken Word, string Correction)> corrections)
    {
        if (corrections.Count == 0)
        {
            return null;
        }

        var corrected = text;
        foreach (var (word, correction) in corrections.OrderByDescending(c => c.Word.Start))
        {
            corrected = string.Concat(corrected.AsSpan(0, word.Start), correction, corrected.AsSpan(word.End));
        }

        return corrected;
    }
}

/// <param name="Own">The stemmed words as the visitor typed them.</param>
/// <param name="Synonyms">Other terms of the same synonym groups, stemmed.</param>
/// <param name="Corrections">Spelling corrections of an unknown word, stemmed.</param>
internal sealed record QuerySegment(string Own, IReadOnlyList<string> Synonyms, IReadOnlyList<string> Corrections)
{
    /// <summary>What the visitor most likely meant: the best correction of an unknown word, or else the words as typed.</summary>
    public string Best => Corrections.Count > 0 ? Corrections[0] : Own;
}
