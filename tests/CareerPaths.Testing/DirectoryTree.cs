namespace CareerPaths.Testing;

/// <summary>Copies a folder and everything below it, for tests that need their own content folder to edit or break.</summary>
public static class DirectoryTree
{
    public static void Copy(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination, overwrite: true);
        }
    }
}
