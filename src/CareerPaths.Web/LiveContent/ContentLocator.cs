namespace CareerPaths.Web.LiveContent;

/// <summary>
/// Finds the content folder: the configured path when there is one, otherwise the nearest
/// content/ folder above the working directory or the app itself, so `dotnet run` and the tests
/// work from anywhere in the repository.
/// </summary>
internal static class ContentLocator
{
    public const string ConfigKey = "Content:Path";

    public static string Resolve(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }

        return FindAbove(Environment.CurrentDirectory)
            ?? FindAbove(AppContext.BaseDirectory)
            ?? Path.GetFullPath("content");
    }

    private static string? FindAbove(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "content");
            if (File.Exists(Path.Combine(candidate, "_index.md")) && File.Exists(Path.Combine(candidate, "levels.yml")))
            {
                return candidate;
            }
        }

        return null;
    }
}
