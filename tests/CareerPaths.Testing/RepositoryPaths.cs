namespace CareerPaths.Testing;

/// <summary>Finds the repository (the folder with CareerPaths.sln) from the test's output folder.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    public static string Seed => Path.Combine(AppContext.BaseDirectory, "Fixtures", "seed", "career-pathways.txt");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CareerPaths.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("CareerPaths.sln not found above " + AppContext.BaseDirectory);
    }
}
