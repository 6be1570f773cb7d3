namespace CareerPaths.Browser.Tests.Infrastructure;

/// <summary>The checks over all pages collect every problem first, so one run shows them all.</summary>
internal static class Problems
{
    public static void AssertNone(IReadOnlyCollection<string> problems, string what)
    {
        Assert.True(problems.Count == 0, $"{problems.Count} {what}:\n{string.Join('\n', problems)}");
    }
}
