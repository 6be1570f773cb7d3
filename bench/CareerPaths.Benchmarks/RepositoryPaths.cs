namespace CareerPaths.Benchmarks;

/// <summary>
/// Finds the repository from wherever BenchmarkDotNet runs the benchmark (it builds and starts a
/// copy several folders below bin/), so the benchmarks always read the real content/.
/// </summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary>The real content folder, or CAREERPATHS_CONTENT when it is set.</summary>
    public static string Content =>
        Environment.GetEnvironmentVariable("CAREERPATHS_CONTENT") is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.Combine(Root.Value, "content");

    /// <summary>Where BenchmarkDotNet writes its reports: bench/results/, which git ignores.</summary>
    public static string Results => Path.Combine(Root.Value, "bench", "results", "BenchmarkDotNet");

    /// <summary>The web project's folder: the content root, so wwwroot and appsettings.json are the site's own.</summary>
    public static string WebProject => Path.Combine(Root.Value, "src", "CareerPaths.Web");

    private static string FindRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "CareerPaths.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("Run the benchmarks from inside the CareerPaths repository (no CareerPaths.sln found above this folder).");
    }
}
