using BenchmarkDotNet.Attributes;
using CareerPaths.Content;
using CareerPaths.Content.Model;
using CareerPaths.Content.Search;

namespace CareerPaths.Benchmarks;

/// <summary>
/// The Lucene.NET index against the hand-written one it replaced (kept in HandWrittenSearch/ as
/// the baseline), on the real content (20 roles) and on 10,000 roles: building the index, and
/// answering a set of queries visitors type (with snippets, as the page shows them). The Lucene
/// index is built with the catalog's job titles but without search/synonyms.yml, which the
/// loader reads; that file is a few dozen groups and does not change these figures.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkDotNet.Configs.BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class SearchIndexBenchmarks
{
    private static readonly string[] Queries =
        ["red team", "penetration tester", "governance", "CISSP", "incident response", "data privacy", "python", "jobs for lawyers", "penetation tester", "security architect"];

    private Catalog _catalog = null!;
    private HandWrittenSearch.SearchIndex _handWritten = null!;
    private SearchIndex _lucene = null!;

    [Params(20, 10_000)]
    public int Roles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var folder = GeneratedContent.WithRoles(Roles);
        _catalog = CatalogLoader.Load(folder).Catalog ?? throw new InvalidOperationException($"{folder} does not load");
        _handWritten = HandWrittenSearch.SearchIndex.Build(_catalog);
        _lucene = SearchIndex.Build(_catalog);
    }

    [Benchmark(Baseline = true, Description = "build: hand-written")]
    [BenchmarkCategory("build")]
    public object BuildHandWritten() => HandWrittenSearch.SearchIndex.Build(_catalog);

    [Benchmark(Description = "build: Lucene.NET")]
    [BenchmarkCategory("build")]
    public object BuildLucene() => SearchIndex.Build(_catalog);

    [Benchmark(Baseline = true, Description = "10 queries: hand-written")]
    [BenchmarkCategory("query")]
    public int QueryHandWritten() => Queries.Sum(q => _handWritten.Search(q).Count);

    [Benchmark(Description = "10 queries: Lucene.NET")]
    [BenchmarkCategory("query")]
    public int QueryLucene() => Queries.Sum(q => _lucene.Search(new SearchRequest(q)).Results.Count);
}
