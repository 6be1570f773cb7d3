using System.Text.RegularExpressions;
using CareerPaths.Testing;

namespace CareerPaths.Content.Tests.Schemas;

/// <summary>The real content passes the JSON Schemas editors see in VS Code, so the schemas never flag a file the site accepts.</summary>
public sealed partial class ContentSchemaValidationTests
{
    private static readonly IReadOnlyList<string> Files = ContentSchemaFiles.ContentFiles(RepositoryPaths.Content);

    [Fact]
    public void Every_content_file_validates_against_its_schema()
    {
        var failures = ContentSchemaFiles.CheckFolder(RepositoryPaths.Content);

        Assert.True(failures.Count == 0, $"{failures.Count} schema failure(s):\n" + string.Join('\n', failures));
    }

    [Fact]
    public void The_minimal_fixture_validates_against_the_schemas()
    {
        using var fixture = ContentFixture.Create();

        var failures = ContentSchemaFiles.CheckFolder(fixture.Directory);

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Theory]
    [InlineData("unknown-field", "content/roles/analyst.md at '/sumary' (additionalProperties)")]
    [InlineData("missing-field", "content/roles/analyst.md at '/' (required): Required properties [\"summary\"] are not present")]
    [InlineData("salary-not-number", "content/levels.yml at '/levels/1/salary_min' (type)")]
    public void A_fault_is_reported_with_its_file_and_json_pointer(string fault, string expected)
    {
        using var fixture = ContentFixture.Create(fault);

        var failures = ContentSchemaFiles.CheckFolder(fixture.Directory);

        Assert.Contains(failures, f => f.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void The_check_covers_every_schema_and_every_kind_of_content_file()
    {
        var used = Files.Select(ContentSchemaFiles.NameFor).OfType<string>().Distinct().Order(StringComparer.Ordinal);

        Assert.Equal(ContentSchemaFiles.Names.Order(StringComparer.Ordinal), used);
    }

    [Fact]
    public void Every_schema_modeline_names_the_schema_for_its_file()
    {
        var wrong = new List<string>();

        foreach (var file in Files)
        {
            var text = File.ReadAllText(Path.Combine(RepositoryPaths.Content, file));
            var expected = ExpectedModeline(file);
            foreach (Match match in Modeline().Matches(text))
            {
                if (match.Value.TrimEnd('\r') != expected)
                {
                    wrong.Add($"content/{file}: '{match.Value.TrimEnd('\r')}' should be '{expected}'");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
    }

    private static string ExpectedModeline(string file)
    {
        var depth = file.Count(c => c == '/');
        var schema = string.Concat(Enumerable.Repeat("../", depth)) + "schemas/" + ContentSchemaFiles.NameFor(file) + ".schema.json";
        return "# yaml-language-server: $schema=" + schema;
    }

    [GeneratedRegex(@"^# yaml-language-server: \$schema=.*$", RegexOptions.Multiline)]
    private static partial Regex Modeline();
}
