namespace CareerPaths.Content.Tests.Loading;

/// <summary>
/// The faults real files have, beyond the ones the loader was written for: parser failures YamlDotNet
/// does not document, hostile YAML (alias bombs, deep nesting, duplicate keys, a second document),
/// huge files and binary bytes. Each one is an error naming the file and line; none throws.
/// </summary>
public sealed class HostileFileTests
{
    [Theory]
    [InlineData("unclosed-flow-sequence", "content/roles/analyst.md:2:8: error: this is not valid YAML: the text cannot be read as settings from here on \u2014 check for an unclosed [ or {, an unclosed quote, or a colon inside text that is not quoted")]
    [InlineData("unclosed-quote", "content/roles/analyst.md:5:10: error: this is not valid YAML: the quote that opens here is not closed \u2014 end the text with the same quote mark, on the same line")]
    [InlineData("tab-indentation", "content/levels.yml:12:1: error: this is not valid YAML: a tab is used for indentation \u2014 indent with spaces only")]
    [InlineData("duplicate-key", "content/roles/analyst.md:5:1: error: 'track' is written twice (first on line 3) \u2014 keep one of them")]
    [InlineData("second-document", "content/levels.yml:38:1: error: a line --- starts a second set of settings here \u2014 a file holds one set; remove the extra ---")]
    [InlineData("alias-bomb", "content/learning.yml:5:46: error: this file expands to more than 100,000 values (aliases written *name repeat what they point at) \u2014 write the values out instead of repeating aliases")]
    [InlineData("deep-yaml-nesting", "content/roles/analyst.md:2:39: error: the settings are nested more than 32 levels deep \u2014 content never needs this; check the indentation and brackets")]
    [InlineData("deep-markdown-nesting", "content/roles/analyst.md: error: the Markdown is nested too deeply to read (lists, quotes or brackets inside each other hundreds of times) \u2014 flatten it")]
    [InlineData("empty-front-matter", "content/roles/analyst.md:2:1: error: there are no settings here \u2014 put them between the first two --- lines; an extra --- line ends them early")]
    [InlineData("nul-byte", "content/roles/analyst.md: error: the file is not text (it contains NUL bytes) \u2014 save it as UTF-8 text")]
    public void A_hostile_file_is_one_clear_error_with_its_file_and_line(string fault, string expected)
    {
        using var fixture = ContentFixture.Create(fault);

        var result = fixture.Load();

        Assert.Null(result.Catalog);
        Assert.Equal([expected], result.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Two_broken_files_are_both_reported_in_one_load()
    {
        using var fixture = ContentFixture.Create("two-files-broken");

        var result = fixture.Load();

        Assert.Equal(["content/roles/analyst.md", "content/roles/engineer.md"], result.Errors.Select(e => e.File).Distinct());
        Assert.All(result.Errors, e => Assert.True(e.Position.Line > 1, e.ToString()));
    }

    [Fact]
    public void A_50_MB_file_is_refused_by_its_size_without_being_parsed()
    {
        using var fixture = ContentFixture.Create();
        using (var stream = File.Create(Path.Combine(fixture.Directory, "roles", "analyst.md")))
        {
            stream.Write("---\ntitle: x\n---\n"u8);
            stream.SetLength(50L * 1024 * 1024);
        }

        var result = fixture.Load();

        var error = Assert.Single(result.Errors);
        Assert.Equal("content/roles/analyst.md: error: the file is 50.0 MB; a content file may be at most 1 MB \u2014 split it, or remove text pasted in by mistake", error.ToString());
    }

    [Fact]
    public void A_broken_levels_table_is_reported_once_not_by_every_role_that_names_a_level()
    {
        using var fixture = ContentFixture.Create("second-document");

        var result = fixture.Load();

        Assert.Equal(["content/levels.yml"], result.Errors.Select(e => e.File).Distinct());
    }
}
