using CareerPaths.Content.Model;
using CareerPaths.Content.Search;
using CareerPaths.Testing;

namespace CareerPaths.Content.Tests.Search;

/// <summary>
/// A load leaves each edition's search index unbuilt (`validate` and `export` never need it), an
/// empty query is answered without it, and the first real search builds it exactly once, whole,
/// however many searches arrive together.
/// </summary>
public sealed class SearchOnDemandTests
{
    [Fact]
    public void A_load_builds_no_search_index_and_an_empty_query_does_not_build_one()
    {
        var result = CatalogLoader.Load(RepositoryPaths.Content, "content");
        var edition = result.Original!;

        Assert.False(edition.IsSearchReady);
        var empty = edition.Search(new SearchRequest("   "));

        Assert.False(empty.Searchable);
        Assert.Empty(empty.Results);
        Assert.False(edition.IsSearchReady);
    }

    [Fact]
    public void Searches_that_arrive_together_before_the_index_exists_get_the_same_full_answer()
    {
        var result = CatalogLoader.Load(RepositoryPaths.Content, "content");
        var role = RealContent.Catalog.Roles[0];

        var answers = Enumerable.Range(0, 8)
            .AsParallel()
            .WithDegreeOfParallelism(8)
            .Select(_ => result.Original!.Search(new SearchRequest(role.Title)))
            .ToList();

        Assert.True(result.Original!.IsSearchReady);
        Assert.All(answers, a => Assert.Equal(role.Title, a.Results[0].Document.Title));
        Assert.Single(answers.Select(a => a.Total).Distinct());
    }

    [Fact]
    public void Preparing_like_a_version_in_use_builds_what_it_had_built()
    {
        var spanish = SiteLanguage.Translations[0];
        var inUse = CatalogLoader.Load(RepositoryPaths.Content, "content");
        inUse.Edition(spanish)!.Prepare();
        var next = CatalogLoader.Load(RepositoryPaths.Content, "content");
        var untouched = CatalogLoader.Load(RepositoryPaths.Content, "content");

        next.PrepareLike(inUse);
        untouched.PrepareLike(null);

        Assert.True(next.Original!.IsSearchReady);
        Assert.True(next.Translations[spanish].IsValueCreated);
        Assert.True(next.Edition(spanish)!.IsSearchReady);
        Assert.True(untouched.Original!.IsSearchReady);
        Assert.False(untouched.Translations[spanish].IsValueCreated);
    }
}
