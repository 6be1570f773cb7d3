using CareerPaths.Content.Addresses;
using CareerPaths.Content.Search;

namespace CareerPaths.Content.Tests.Search;

/// <summary>The analysis, synonyms, ranking and filters of the index, on a few small documents.</summary>
public sealed class SearchIndexTests
{
    private static readonly SearchIndex Index = new(
    [
        new SearchDocument(SearchKind.Role, "Python Engineer", new SitePath("/roles/a"), "Builds things.", "Go", "Nothing else.") { Tracks = ["technical"], Level = "mid" },
        new SearchDocument(SearchKind.Role, "Analyst", new SitePath("/roles/b"), "Watches things.", "Python scripting", "Writes the policy.") { Tracks = ["operations"], Level = "entry" },
        new SearchDocument(SearchKind.Guide, "Getting started", new SitePath("/guides/c"), "A guide.", string.Empty, "Learn Python in a month <b>now</b>."),
        new SearchDocument(SearchKind.Role, "Architect", new SitePath("/roles/d"), "Designs.", "Leadership", "Runs penetration testing and governance reviews.") { Tracks = ["technical"], Level = "advanced" },
        new SearchDocument(SearchKind.Role, "Model Tester", new SitePath("/roles/e"), "Breaks models.", "Adversarial skills", "Nothing else.") { JobTitles = ["AI Red Teamer"], Tracks = ["technical"], Level = "mid" },
        new SearchDocument(SearchKind.Certification, "Team building basics", new SitePath("/certs/f"), "About a team.", "Issuer", "Red paint for the team room.") { Tracks = ["operations"], Level = "entry" },
    ],
    [["pentest", "penetration testing"], ["lawyer", "legal professional"]]);

    private static IReadOnlyList<string> Urls(string query, string? kind = null, string? track = null, string? level = null) =>
        [.. Index.Search(new SearchRequest(query, kind, track, level)).Results.Select(r => r.Document.Url.Value)];

    [Fact]
    public void A_title_match_ranks_above_a_skill_match_which_ranks_above_a_body_match()
    {
        Assert.Equal(["/roles/a", "/roles/b", "/guides/c"], Urls("python"));
    }

    [Theory]
    [InlineData("policies", "/roles/b")]
    [InlineData("testing", "/roles/e")]
    [InlineData("testers", "/roles/e")]
    [InlineData("PYTHON", "/roles/a")]
    public void Other_forms_of_a_word_find_it(string query, string url)
    {
        Assert.Contains(url, Urls(query));
    }

    [Fact]
    public void A_synonym_finds_the_words_the_page_uses()
    {
        Assert.Equal(["/roles/d"], Urls("pentest"));
    }

    [Fact]
    public void A_job_title_finds_its_role_first()
    {
        Assert.Equal("/roles/e", Urls("red teamer")[0]);
    }

    [Fact]
    public void The_whole_title_ranks_first_even_against_more_mentions_elsewhere()
    {
        Assert.Equal("/certs/f", Urls("team building basics")[0]);
    }

    [Fact]
    public void A_misspelt_long_word_still_finds_the_page_and_suggests_the_spelling()
    {
        var answer = Index.Search(new SearchRequest("governence"));

        Assert.Equal(["/roles/d"], answer.Results.Select(r => r.Document.Url.Value));
        Assert.Equal("governance", answer.DidYouMean);
    }

    [Fact]
    public void Short_words_are_not_guessed_at()
    {
        var answer = Index.Search(new SearchRequest("tesr"));

        Assert.Empty(answer.Results);
        Assert.Null(answer.DidYouMean);
    }

    [Fact]
    public void When_no_page_has_every_word_the_best_partial_matches_are_labelled()
    {
        var answer = Index.Search(new SearchRequest("python leadership"));

        Assert.True(answer.Partial);
        Assert.Contains("/roles/d", answer.Results.Select(r => r.Document.Url.Value));
        Assert.Contains("/roles/a", answer.Results.Select(r => r.Document.Url.Value));
    }

    [Fact]
    public void When_every_word_is_found_together_the_results_are_not_partial()
    {
        Assert.False(Index.Search(new SearchRequest("python engineer")).Partial);
    }

    [Fact]
    public void Filters_narrow_the_results_and_each_counts_what_it_would_show()
    {
        var answer = Index.Search(new SearchRequest("python", Kind: "roles", Track: "technical"));

        Assert.Equal(["/roles/a"], answer.Results.Select(r => r.Document.Url.Value));
        Assert.Equal(1, answer.Total);
        Assert.Equal([("roles", 1)], answer.Kinds.Select(k => (k.Value.Slug, k.Count)));
        Assert.Equal([("operations", 1), ("technical", 1)], answer.Tracks.Select(t => (t.Value, t.Count)).Order());
        Assert.Equal([("mid", 1)], answer.Levels.Select(l => (l.Value, l.Count)));
    }

    [Fact]
    public void The_snippet_highlights_the_match_and_encodes_the_rest()
    {
        var guide = Assert.Single(Index.Search(new SearchRequest("month")).Results);

        Assert.Equal("Learn Python in a <mark>month</mark> &lt;b&gt;now&lt;/b&gt;.", guide.SnippetHtml);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("!!! ??? ///")]
    [InlineData("the of and")]
    [InlineData(null)]
    public void Empty_punctuation_and_stop_word_queries_find_nothing_without_error(string? query)
    {
        var answer = Index.Search(new SearchRequest(query));

        Assert.Empty(answer.Results);
        Assert.False(answer.Searchable);
    }

    [Theory]
    [InlineData("title:*")]
    [InlineData("*:*")]
    [InlineData("a~99999")]
    [InlineData("python~0.1^999")]
    [InlineData("\"python")]
    [InlineData("(python OR [engineer")]
    [InlineData("python AND NOT engineer")]
    [InlineData("/regex.*/")]
    [InlineData("+python -engineer")]
    [InlineData("python\\")]
    [InlineData("\ud800python\udfff")]
    [InlineData("py\u0000thon\u202e\u200b")]
    [InlineData("ｐｙｔｈｏｎ")]
    public void Query_syntax_and_odd_characters_are_searched_as_plain_words(string query)
    {
        var answer = Index.Search(new SearchRequest(query));

        Assert.True(answer.Query.Length <= QueryText.MaxLength);
        Assert.All(answer.Results, r => Assert.NotNull(r.SnippetHtml));
    }

    [Fact]
    public void A_term_shared_by_hundreds_of_entries_still_makes_a_query_lucene_accepts()
    {
        var documents = Enumerable.Range(0, 600).Select(i => new SearchDocument(SearchKind.Role, $"Role {i}", new SitePath($"/roles/r{i}"), "A role.", "Skills", "Body.")
        {
            JobTitles = ["Shared Job Title"],
        }).ToList();
        var index = new SearchIndex(documents, documents.Select(d => d.JobTitles.Prepend(d.Title)));

        var answer = index.Search(new SearchRequest("shared job title"));

        Assert.Equal(600, answer.Total);
    }

    [Fact]
    public void Full_width_letters_are_read_as_ordinary_ones()
    {
        Assert.Equal("/roles/a", Urls("ｐｙｔｈｏｎ")[0]);
    }

    [Fact]
    public void A_very_long_query_is_cut_to_the_maximum_length_at_a_word_boundary()
    {
        var answer = Index.Search(new SearchRequest(string.Join(' ', Enumerable.Repeat("python", 1000))));

        Assert.InRange(answer.Query.Length, 1, QueryText.MaxLength);
        Assert.EndsWith("python", answer.Query, StringComparison.Ordinal);
        Assert.Equal("/roles/a", answer.Results[0].Document.Url.Value);
    }
}
