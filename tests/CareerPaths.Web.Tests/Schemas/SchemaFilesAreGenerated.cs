using CareerPaths.Content.Loading.Schemas;
using CareerPaths.Testing;
using CareerPaths.Web.Endpoints;

namespace CareerPaths.Web.Tests.Schemas;

/// <summary>
/// Every JSON Schema file in the repository is exactly what its generator writes from the code:
/// the content schemas from the loader's field sets, the data set's schema from the records
/// /data/careers.json is serialized from. Nobody edits them by hand; with UPDATE_SCHEMAS=1 this
/// test writes them instead of comparing.
/// </summary>
public sealed class SchemaFilesAreGenerated
{
    private const string Regenerate = "UPDATE_SCHEMAS=1 dotnet test tests/CareerPaths.Web.Tests --filter SchemaFilesAreGenerated";

    private const string ContentSchemas = "content/schemas";

    private static readonly IReadOnlyDictionary<string, (string Generator, Func<string> Write)> Generated =
        ContentSchemaWriter.Files
            .Select(file => ($"{ContentSchemas}/{file.FileName}", (nameof(ContentSchemaWriter), (Func<string>)(() => ContentSchemaWriter.Write(file)))))
            .Append(("src/CareerPaths.Web/wwwroot/data/careers.schema.json", (nameof(CareersSchema), CareersSchema.Write)))
            .ToDictionary(pair => pair.Item1, pair => pair.Item2, StringComparer.Ordinal);

    private static bool Updating => Environment.GetEnvironmentVariable("UPDATE_SCHEMAS") == "1";

    public static TheoryData<string> Files() => [.. Generated.Keys];

    [Theory]
    [MemberData(nameof(Files))]
    public void The_file_is_what_its_generator_writes(string path)
    {
        var (generator, write) = Generated[path];
        var expected = write();
        var file = Path.Combine(RepositoryPaths.Root, path);

        if (Updating)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, expected);
            return;
        }

        var actual = File.Exists(file) ? File.ReadAllText(file) : null;
        Assert.True(
            actual == expected,
            $"{path} is not what {generator} writes from the code. It is generated, so do not edit it by hand: "
            + $"change the code, run `{Regenerate}` and commit the rewritten file.");
    }

    [Fact]
    public void No_schema_file_is_left_that_nothing_generates()
    {
        var files = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, ContentSchemas))
            .Select(f => $"{ContentSchemas}/{Path.GetFileName(f)}");

        var orphans = files.Where(f => !Generated.ContainsKey(f)).Order(StringComparer.Ordinal).ToList();

        Assert.True(
            orphans.Count == 0,
            $"{string.Join(", ", orphans)}: no generator writes this; delete it, or add it to {nameof(ContentSchemaWriter)}.{nameof(ContentSchemaWriter.Files)}.");
    }

    [Fact]
    public void The_generated_files_are_stable_lf_text_ending_in_a_newline()
    {
        foreach (var (path, (_, write)) in Generated)
        {
            var text = write();

            Assert.Equal(text, write());
            Assert.DoesNotContain('\r', text);
            Assert.EndsWith("}\n", text, StringComparison.Ordinal);
        }
    }
}
