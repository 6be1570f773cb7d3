using CareerPaths.Content.Addresses;
using CareerPaths.Content.Search;

namespace CareerPaths.Content.Tests.Search;

public sealed class SearchIndexTests
{
    private static readonly SearchIndex Index = new(
    [
        new SearchDocument("Role", "Python Engineer", new SitePath("/roles/a"), "Builds things.", "Go", "Nothing else."),
        new SearchDocument("Role", "Analyst", new SitePath("/roles/b"), "Watches things.", "Python scripting", "Nothing else."),
        new SearchDocument("Guide", "Getting started", new SitePath("/guides/c"), "A guide.", string.Empty, "Learn Python in a month <b>now</b>."),
        new SearchDocument("Role", "Architect", new SitePath("/roles/d"), "Designs.", "Leadership", "No match here."),
    ]);

    [Fact]
    public void A_title_match_ranks_above_a_skill_match_which_ranks_above_a_body_match()
    {
        var urls = Index.Search("python").Select(r => r.Document.Url.Value).ToList();

        Assert.Equal(["/roles/a", "/roles/b", "/guides/c"], urls);
    }

    [Fact]
    public void Words_match_as_prefixes_and_every_word_must_match()
    {
        Assert.Single(Index.Search("pyth eng"));
        Assert.Empty(Index.Search("python leadership"));
    }

    [Fact]
    public void The_snippet_highlights_the_match_and_encodes_the_rest()
    {
        var guide = Assert.Single(Index.Search("month"));

        Assert.Equal("A guide. Learn Python in a <mark>month</mark> &lt;b&gt;now&lt;/b&gt;.", guide.SnippetHtml);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("!!! ??? ///")]
    [InlineData(null)]
    public void Empty_and_punctuation_only_queries_find_nothing_without_error(string? query)
    {
        Assert.Empty(Index.Search(query));
    }

    [Fact]
    public void A_very_long_query_is_cut_to_its_first_words()
    {
        var terms = SearchIndex.Terms(string.Join(' ', Enumerable.Range(0, 500).Select(i => "word" + i)));

        Assert.Equal(SearchIndex.MaxTerms, terms.Count);
    }
}
