using System.Net;
using CareerPaths.Testing;
using CareerPaths.Web.Tests.Infrastructure;

namespace CareerPaths.Web.Tests.Pages.Search;

/// <summary>The search page as a visitor uses it: corrections, partial matches, filters with counts, and hostile input.</summary>
[Collection(SharedSite.Name)]
public sealed class SearchPageTests(SiteFactory factory)
{
    public static TheoryData<string> HostileQueries { get; } = new()
    {
        "title%3A*",
        "*%3A*",
        "a~99999",
        "%22unbalanced",
        "(penetration%20OR%20%5Btester",
        "%7B%7D%5B%5D()%5E~*%3F%3A%5C%2F",
        "AND%20OR%20NOT",
        new string('a', 5000),
        string.Concat(Enumerable.Repeat("tester%20", 700)),
        "%ED%A0%80%ED%B0%80",
        "%C0%AF%C0%AE",
        "%FF%FE%00",
        "%E2%80%AEtester%E2%80%8B",
        "%EF%BD%90%EF%BD%85%EF%BD%8E%EF%BD%94%EF%BD%85%EF%BD%93%EF%BD%94",
        "%25%25%25",
    };

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public async Task Query_syntax_long_input_and_odd_encodings_get_an_ordinary_page(string query)
    {
        using var client = factory.CreateSiteClient();

        var page = await client.GetHtmlDocumentAsync("/search?q=" + query, HttpStatusCode.OK);

        var main = page.QuerySelector("main")!.Text();
        Assert.True(
            page.QuerySelector(".result-count") is not null || page.QuerySelector("main .notice") is not null,
            $"expected a result count or a friendly notice, got: {main[..Math.Min(300, main.Length)]}");
        Assert.InRange(page.QuerySelector("#q")!.GetAttribute("value")!.Length, 0, 200);
    }

    [Fact]
    public async Task Hostile_filter_values_are_left_out_rather_than_failing()
    {
        using var client = factory.CreateSiteClient();

        var page = await client.GetHtmlDocumentAsync("/search?q=tester&kind=%2A%3A%2A&track=..%2F..&level=%00");

        Assert.NotEmpty(page.QuerySelectorAll(".search-results li"));
    }

    [Fact]
    public async Task A_misspelling_still_finds_the_role_and_offers_the_corrected_search()
    {
        var role = RealContent.Catalog.Roles.Single(r => r.Title == "AI Penetration Tester");
        using var client = factory.CreateSiteClient();

        var page = await client.GetHtmlDocumentAsync("/search?q=penetation%20tester");

        Assert.Equal($"/roles/{role.Slug}", page.QuerySelector(".search-results h2 a")!.GetAttribute("href"));
        var suggestion = page.QuerySelector(".did-you-mean a")!;
        Assert.Equal("penetration tester", suggestion.Text());
        Assert.Equal("/search?q=penetration%20tester", suggestion.GetAttribute("href"));
    }

    [Fact]
    public async Task When_no_page_has_every_word_the_partial_matches_are_labelled()
    {
        using var client = factory.CreateSiteClient();

        var page = await client.GetHtmlDocumentAsync("/search?q=penetration%20zzqqxx");

        Assert.Contains("No page has every word", page.QuerySelector("main .notice")!.Text(), StringComparison.Ordinal);
        Assert.Contains("partial match", page.QuerySelector(".result-count")!.Text(), StringComparison.Ordinal);
        Assert.All(page.QuerySelectorAll(".search-results .result-kind"), k => Assert.Contains("partial match", k.Text(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Each_filter_shows_its_count_and_choosing_it_shows_that_many_results()
    {
        using var client = factory.CreateSiteClient();
        var page = await client.GetHtmlDocumentAsync("/search?q=security");

        var filters = page.QuerySelectorAll(".search-filters li a").Where(a => a.GetAttribute("aria-current") is null).ToList();
        Assert.Contains(filters, a => a.Text().StartsWith("Roles (", StringComparison.Ordinal));
        Assert.Contains(filters, a => a.GetAttribute("href")!.Contains("track=", StringComparison.Ordinal));
        Assert.Contains(filters, a => a.GetAttribute("href")!.Contains("level=", StringComparison.Ordinal));
        foreach (var filter in filters.Where(a => !a.Text().StartsWith("All ", StringComparison.Ordinal)))
        {
            var count = int.Parse(filter.QuerySelector(".count")!.Text().Trim('(', ')'), System.Globalization.CultureInfo.InvariantCulture);

            var narrowed = await client.GetHtmlDocumentAsync(filter.GetAttribute("href")!);

            Assert.StartsWith($"{count} result", narrowed.QuerySelector(".result-count")!.Text(), StringComparison.Ordinal);
            Assert.Equal("true", narrowed.QuerySelectorAll(".search-filters a").Single(a => a.Text() == filter.Text()).GetAttribute("aria-current"));
        }
    }

    [Fact]
    public async Task The_roles_filter_shows_only_roles()
    {
        using var client = factory.CreateSiteClient();

        var page = await client.GetHtmlDocumentAsync("/search?q=governance&kind=roles");

        Assert.NotEmpty(page.QuerySelectorAll(".search-results li"));
        Assert.All(page.QuerySelectorAll(".search-results h2 a"), a => Assert.StartsWith("/roles/", a.GetAttribute("href"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_job_title_finds_the_role_advertised_under_it()
    {
        var role = RealContent.Catalog.Roles.First(r => r.JobTitles.Count > 0);
        using var client = factory.CreateSiteClient();

        var page = await client.GetHtmlDocumentAsync("/search?q=" + Uri.EscapeDataString(role.JobTitles[0]));

        Assert.Equal($"/roles/{role.Slug}", page.QuerySelector(".search-results h2 a")!.GetAttribute("href"));
    }
}
