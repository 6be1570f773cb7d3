using CareerPaths.Testing;
namespace CareerPaths.Web.Tests.Infrastructure;

/// <summary>Compares what a page shows with what the catalog holds, adding a readable problem instead of failing at the first difference.</summary>
internal static class Expect
{
    /// <summary>The same items in the same order, compared as a reader sees them (whitespace folded, dashes plain).</summary>
    public static void Same(List<string> problems, string what, IEnumerable<string> expected, IEnumerable<string?> found)
    {
        var want = expected.Select(SeedFacts.Normalize).ToList();
        var got = found.Select(f => SeedFacts.Normalize(f ?? "(none)")).ToList();
        if (!want.SequenceEqual(got, StringComparer.Ordinal))
        {
            problems.Add($"{what}: expected [{string.Join(" | ", want)}] but found [{string.Join(" | ", got)}]");
        }
    }

    public static void True(List<string> problems, bool condition, string problem)
    {
        if (!condition)
        {
            problems.Add(problem);
        }
    }
}
