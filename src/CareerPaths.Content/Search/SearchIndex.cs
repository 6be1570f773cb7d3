using CareerPaths.Content.Model;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace CareerPaths.Content.Search;

/// <summary>
/// Search over roles, entry points, guides, certifications, learning resources, tracks and pages:
/// a Lucene index in memory, built once for each edition of a catalog when it is first needed
/// (see <see cref="CatalogEdition"/>) and swapped with it.
/// <para>
/// Lifetime: the writer is disposed as soon as the index is built. The reader and its directory
/// are never closed: they hold only managed memory, and a replaced catalog's snapshot may still
/// be answering requests when a new one is swapped in, so closing them at the swap would fail
/// those requests. The garbage collector frees them with the last snapshot that uses them.
/// </para>
/// </summary>
public sealed class SearchIndex
{
    public const int MaxResults = 50;

    private readonly SearchLanguage _language;
    private readonly SearchDocument[] _documents;
    private readonly int[] _ordinalOfDoc;
    private readonly IndexSearcher _searcher;
    private readonly SynonymTable _synonyms;
    private readonly Spelling _spelling;

    /// <param name="synonyms">Groups of terms that mean the same to a searcher.</param>
    public SearchIndex(IReadOnlyList<SearchDocument> documents, IEnumerable<IEnumerable<string>> synonyms, SearchLanguage? language = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(synonyms);
        _language = language ?? SearchLanguage.English;
        _documents = [.. documents];
        var directory = new RAMDirectory();
        // Everything stays in memory: a large buffer means nothing is flushed (or merged) before
        // the commit, and compound files would only copy each segment once more.
        var config = new IndexWriterConfig(SearchLanguage.Version, _language.Indexing)
        {
            OpenMode = OpenMode.CREATE,
            RAMBufferSizeMB = 512,
            UseCompoundFile = false,
        };
        using (var writer = new IndexWriter(directory, config))
        {
            // The writer takes documents from several threads at once, each into a segment of its
            // own; rendering and analysing the text is the work, so a large catalog uses every core.
            Parallel.For(0, _documents.Length, i => writer.AddDocument(ToLucene(_documents[i], i)));
            writer.Commit();
        }

        var reader = DirectoryReader.Open(directory);
        _searcher = new IndexSearcher(reader);
        _ordinalOfDoc = OrdinalsOf(reader);
        _synonyms = new SynonymTable(_language, synonyms);
        _spelling = new Spelling(reader);
    }

    public int Count => _documents.Length;

    public static SearchIndex Build(Catalog catalog, IEnumerable<SynonymGroup>? synonyms = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return new(SearchDocuments.From(catalog), SynonymTable.GroupsOf(synonyms ?? [], catalog.Roles), SearchLanguage.For(catalog.Language));
    }

    public SearchResults Search(SearchRequest request) => Answer(request, () => this);

    /// <summary>
    /// Answers a search, asking for <paramref name="index"/> only when the query has words, so an
    /// empty query never waits for an index to be built.
    /// </summary>
    public static SearchResults Answer(SearchRequest request, Func<SearchIndex> index)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(index);
        var text = QueryText.Clean(request.Query);
        return text.Length == 0 ? SearchResults.Nothing(text, searchable: false) : index().Search(text, request);
    }

    private SearchResults Search(string text, SearchRequest request)
    {
        var plan = QueryPlan.Make(text, _language, _synonyms, _spelling);
        if (plan.Segments.Count == 0)
        {
            return SearchResults.Nothing(text, searchable: false);
        }

        var query = plan.Build(everyWord: true);
        var hits = Collect(query);
        var partial = false;
        if (hits.Count == 0 && plan.Segments.Count > 1)
        {
            query = plan.Build(everyWord: false);
            hits = Collect(query);
            partial = hits.Count > 0;
        }

        var allowed = hits.Where(h => request.Allows(_documents[h.Ordinal])).ToList();
        var snippets = new Snippets(query, _language);
        var shown = allowed
            .OrderByDescending(h => h.Score * _documents[h.Ordinal].Kind.Weight)
            .ThenBy(h => _documents[h.Ordinal].Kind.Order)
            .ThenBy(h => _documents[h.Ordinal].Title, StringComparer.Ordinal)
            .Take(MaxResults)
            .Select(h => new SearchResult(_documents[h.Ordinal], snippets.Make(_documents[h.Ordinal])))
            .ToList();
        var matched = hits.Select(h => _documents[h.Ordinal]).ToList();
        return new SearchResults(
            text,
            shown,
            allowed.Count,
            partial,
            plan.DidYouMean,
            Searchable: true,
            SearchFacets.Kinds(matched, request),
            SearchFacets.Tracks(matched, request),
            SearchFacets.Levels(matched, request));
    }

    private List<(int Ordinal, float Score)> Collect(Query query)
    {
        var collector = new AllHits(_ordinalOfDoc);
        _searcher.Search(query, collector);
        return collector.Hits;
    }

    private Document ToLucene(SearchDocument source, int ordinal)
    {
        var body = source.Body;
        var document = new Document
        {
            new NumericDocValuesField(SearchFields.Ordinal, ordinal),
            new TextField(SearchFields.Title, source.Title, Field.Store.NO),
            new TextField(SearchFields.Keywords, source.Keywords, Field.Store.NO),
            new TextField(SearchFields.Summary, source.Summary, Field.Store.NO),
            new TextField(SearchFields.Body, body, Field.Store.NO),
        };
        foreach (var variant in TextAnalysis.TitleVariants(source.Title))
        {
            document.Add(new StringField(SearchFields.ExactTitle, TextAnalysis.Key(_language, variant), Field.Store.NO));
        }

        foreach (var jobTitle in source.JobTitles)
        {
            document.Add(new TextField(SearchFields.JobTitles, jobTitle, Field.Store.NO));
            document.Add(new StringField(SearchFields.ExactJobTitle, TextAnalysis.Key(_language, jobTitle), Field.Store.NO));
        }

        foreach (var text in source.JobTitles.Prepend(source.Title).Append(source.Keywords).Append(source.Summary).Append(body))
        {
            document.Add(new TextField(SearchFields.Words, text, Field.Store.NO));
        }

        return document;
    }

    private static int[] OrdinalsOf(IndexReader reader)
    {
        var values = MultiDocValues.GetNumericValues(reader, SearchFields.Ordinal);
        var ordinals = new int[reader.MaxDoc];
        for (var doc = 0; doc < ordinals.Length; doc++)
        {
            ordinals[doc] = values is null ? doc : (int)values.Get(doc);
        }

        return ordinals;
    }

    /// <summary>Every match with its score: the filters and their counts need all of them, not a top few.</summary>
    private sealed class AllHits(int[] ordinalOfDoc) : ICollector
    {
        private Scorer? _scorer;
        private int _docBase;

        public List<(int Ordinal, float Score)> Hits { get; } = [];

        public bool AcceptsDocsOutOfOrder => true;

        public void Collect(int doc) => Hits.Add((ordinalOfDoc[_docBase + doc], _scorer!.GetScore()));

        public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;

        public void SetScorer(Scorer scorer) => _scorer = scorer;
    }
}
