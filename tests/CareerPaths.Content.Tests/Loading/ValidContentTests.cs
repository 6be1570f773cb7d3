namespace CareerPaths.Content.Tests.Loading;

public sealed class ValidContentTests
{
    [Fact]
    public void The_minimal_fixture_loads_without_errors()
    {
        using var fixture = ContentFixture.Create();

        var result = fixture.Load();

        Assert.Empty(result.Errors);
        // Every role file of the fixture (roles/_index.md is the section page) becomes a role.
        var roleFiles = Directory.EnumerateFiles(Path.Combine(fixture.Directory, "roles"), "*.md")
            .Select(Path.GetFileNameWithoutExtension)
            .Where(slug => slug != "_index");
        Assert.Equal(roleFiles.Order(StringComparer.Ordinal), result.Catalog!.Roles.Select(r => r.Slug).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_byte_order_mark_and_windows_line_endings_are_valid()
    {
        using var fixture = ContentFixture.Create("bom-and-crlf");

        var result = fixture.Load();

        Assert.Empty(result.Errors);
        var analyst = result.Catalog!.FindRole("analyst")!;
        Assert.Equal("Fixture Analyst", analyst.Title);
        Assert.Equal("<p>Body with CRLF.</p>", analyst.Body.Html);
    }

    [Fact]
    public void Raw_html_and_script_in_markdown_come_out_as_inert_text()
    {
        using var fixture = ContentFixture.Create("raw-html");

        var analyst = fixture.Load().Catalog!.FindRole("analyst")!;

        Assert.DoesNotContain("<script", analyst.Body.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", analyst.Body.Html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;", analyst.Body.Html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", analyst.Body.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_content_folder_is_one_clear_error()
    {
        var result = CareerPaths.Content.CatalogLoader.Load("/nonexistent/careerpaths-content", "content");

        var error = Assert.Single(result.Errors);
        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
    }
}
