using CareerPaths.Content.Loading;

namespace CareerPaths.Content.Tests;

/// <summary>
/// A throwaway copy of the minimal valid content folder with one fault folder laid over it:
/// its files replace or add to the base, and its delete.txt lists base files to remove.
/// </summary>
internal sealed class ContentFixture : IDisposable
{
    private static readonly string FixturesRoot = Path.Combine(AppContext.BaseDirectory, "Fixtures");

    private ContentFixture(string directory) => Directory = directory;

    public string Directory { get; }

    public static ContentFixture Create(string? fault = null)
    {
        var directory = Path.Combine(Path.GetTempPath(), "careerpaths-fixture-" + Guid.NewGuid().ToString("N"));
        DirectoryTree.Copy(Path.Combine(FixturesRoot, "minimal"), directory);
        if (fault is not null)
        {
            var overlay = Path.Combine(FixturesRoot, "faults", fault);
            DirectoryTree.Copy(overlay, directory);
            var deletions = Path.Combine(directory, "delete.txt");
            if (File.Exists(deletions))
            {
                foreach (var line in File.ReadAllLines(deletions).Where(l => l.Length > 0))
                {
                    File.Delete(Path.Combine(directory, line));
                }

                File.Delete(deletions);
            }
        }

        return new ContentFixture(directory);
    }

    public LoadResult Load() => CatalogLoader.Load(Directory, "content");

    public void Write(string relativePath, string text)
    {
        var path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public void Dispose()
    {
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }
}
