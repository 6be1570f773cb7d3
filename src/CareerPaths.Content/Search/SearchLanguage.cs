using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace CareerPaths.Content.Search;

/// <summary>
/// The one place that decides how text is cut into searchable words for a language: the stemmed
/// analysis that pages and queries share, the plain words that spelling suggestions come from, and
/// the words a question carries that say nothing about what is sought. Each language of the site
/// has one instance, and its edition's index is built and searched with it.
/// Analyzers are thread-safe and live as long as the process, so they are made once.
/// </summary>
public sealed class SearchLanguage
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private SearchLanguage(string code, Analyzer stemmed, Analyzer words, IReadOnlySet<string> fillers)
    {
        Code = code;
        Stemmed = stemmed;
        Words = words;
        QueryFillers = fillers;
        Indexing = new PerFieldAnalyzerWrapper(stemmed, new Dictionary<string, Analyzer>(StringComparer.Ordinal) { [SearchFields.Words] = words });
    }

    public static SearchLanguage English { get; } = new("en", EnglishStemmed(), PlainWords(), EnglishFillers());

    /// <summary>Spanish: Lucene's Spanish stop words and light stemmer, accents folded so "gestion" finds "gestión".</summary>
    public static SearchLanguage Spanish { get; } = new("es", SpanishStemmed(), PlainWords(), SpanishFillers());

    public static SearchLanguage For(Model.SiteLanguage language) =>
        language == Model.SiteLanguage.Spanish ? Spanish : English;

    public string Code { get; }

    /// <summary>Stemmed words without stop words: "policies" and "policy" both become "polici".</summary>
    internal Analyzer Stemmed { get; }

    /// <summary>Lower-cased words as written, which spelling suggestions offer back to the visitor.</summary>
    internal Analyzer Words { get; }

    /// <summary>What the index is written with: stemmed text, except the spelling dictionary.</summary>
    internal Analyzer Indexing { get; }

    /// <summary>Words of a question ("how do I become ...") that every page could answer; dropped from queries that have other words.</summary>
    internal IReadOnlySet<string> QueryFillers { get; }

    private static Analyzer EnglishStemmed()
    {
        // "it" stays searchable: "IT support" is a background here, not a pronoun.
        var stopWords = new CharArraySet(Version, EnglishAnalyzer.DefaultStopSet.Where(w => w != "it").ToList(), ignoreCase: true);
        var agentNouns = AgentNouns();
        return Analyzer.NewAnonymous((_, reader) =>
        {
            var tokenizer = new StandardTokenizer(Version, reader);
            TokenStream stream = new EnglishPossessiveFilter(Version, tokenizer);
            stream = new LowerCaseFilter(Version, stream);
            stream = new ASCIIFoldingFilter(stream);
            stream = new StopFilter(Version, stream, stopWords);
            stream = new StemmerOverrideFilter(stream, agentNouns);
            stream = new PorterStemFilter(stream);
            return new TokenStreamComponents(tokenizer, stream);
        });
    }

    /// <summary>
    /// Porter leaves these job words alone, so "testing" would never find "tester": they are
    /// stemmed to their verb here, as Porter stems the verb.
    /// </summary>
    private static StemmerOverrideFilter.StemmerOverrideMap AgentNouns()
    {
        var builder = new StemmerOverrideFilter.Builder(ignoreCase: false);
        foreach (var (noun, stem) in new[]
        {
            ("tester", "test"), ("testers", "test"), ("pentester", "pentest"), ("pentesters", "pentest"),
            ("hacker", "hack"), ("hackers", "hack"), ("assessor", "assess"), ("assessors", "assess"),
            ("advisor", "advis"), ("advisors", "advis"), ("auditor", "audit"), ("auditors", "audit"),
            ("responder", "respons"), ("responders", "respons"), ("teamer", "team"), ("teamers", "team"),
        })
        {
            builder.Add(noun, stem);
        }

        return builder.Build();
    }

    /// <summary>
    /// The chain of Lucene's SpanishAnalyzer with the light stemmer, which conflates plurals and
    /// genders ("analistas", "analista"; "ingeniera", "ingeniero") without Snowball's over-stemming.
    /// </summary>
    private static Analyzer SpanishStemmed()
    {
        var stopWords = SpanishAnalyzer.DefaultStopSet;
        return Analyzer.NewAnonymous((_, reader) =>
        {
            var tokenizer = new StandardTokenizer(Version, reader);
            TokenStream stream = new LowerCaseFilter(Version, tokenizer);
            stream = new StopFilter(Version, stream, stopWords);
            stream = new ASCIIFoldingFilter(stream);
            stream = new SpanishLightStemFilter(stream);
            return new TokenStreamComponents(tokenizer, stream);
        });
    }

    private static HashSet<string> SpanishFillers() => new(
        [
            "que", "cual", "cuales", "quien", "como", "donde", "cuando", "por", "yo", "mi", "me", "tu", "quiero", "quisiera",
            "puedo", "podria", "debo", "necesito", "ser", "llegar", "convertirme", "conseguir", "encontrar", "trabajo", "trabajos",
            "empleo", "empleos", "carrera", "carreras", "mejor", "bueno", "hacer", "soy", "estoy",
        ],
        StringComparer.Ordinal);

    private static Analyzer PlainWords() => Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new LowerCaseFilter(Version, tokenizer);
        stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    });

    private static HashSet<string> EnglishFillers() => new(
        [
            "what", "which", "who", "whom", "how", "why", "where", "when", "do", "does", "did", "i", "i'm", "im", "me", "my", "we", "our",
            "you", "your", "can", "could", "should", "would", "want", "wants", "need", "needs", "become", "becoming", "get", "getting",
            "find", "job", "jobs", "career", "careers", "work", "working", "good", "best", "like", "am",
        ],
        StringComparer.Ordinal);
}
