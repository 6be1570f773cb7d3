using System.Text;
using CareerPaths.Content.Loading;

namespace CareerPaths.Content.Tests.Search;

/// <summary>search/synonyms.yml is checked like every content file: each mistake named with its line.</summary>
public sealed class SynonymsFileTests
{
    private static IReadOnlyList<string> ErrorsOf(string yaml) =>
        [.. CatalogLoader.ReadAlone(new RawContentFile(SiteSections.SynonymsFile, Encoding.UTF8.GetBytes(yaml)), "content").Select(e => e.ToString())];

    [Fact]
    public void A_valid_file_has_no_errors()
    {
        Assert.Empty(ErrorsOf("synonyms:\n  - terms: [pentest, penetration testing]\n  - terms: [CISO, chief information security officer]\n"));
    }

    [Fact]
    public void A_term_in_two_groups_is_reported_where_it_repeats()
    {
        var error = Assert.Single(ErrorsOf("synonyms:\n  - terms: [pentest, pen test]\n  - terms: [red team, Pentest]\n"));

        Assert.Contains("content/search/synonyms.yml:3:", error, StringComparison.Ordinal);
        Assert.Contains("'Pentest' is already a synonym on line 2", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_group_of_one_term_is_reported()
    {
        var error = Assert.Single(ErrorsOf("synonyms:\n  - terms: [pentest]\n"));

        Assert.Contains("content/search/synonyms.yml:2:", error, StringComparison.Ordinal);
        Assert.Contains("has one term", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_term_without_letters_is_reported()
    {
        var error = Assert.Single(ErrorsOf("synonyms:\n  - terms: [pentest, \"+++\"]\n"));

        Assert.Contains("no letters or numbers", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_field_gets_a_suggestion()
    {
        var error = Assert.Single(ErrorsOf("synonyms:\n  - term: [pentest, pen test]\n"), e => e.Contains("unknown field", StringComparison.Ordinal));

        Assert.Contains("did you mean 'terms'?", error, StringComparison.Ordinal);
    }
}
