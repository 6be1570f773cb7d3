using CareerPaths.Testing;

namespace CareerPaths.Content.Tests;

/// <summary>
/// A throwaway copy of the minimal valid content folder with overlay folders laid over it in
/// turn: each one's files replace or add to what is there, and its delete.txt lists files to remove.
/// </summary>
internal sealed class ContentFixture : IDisposable
{
    private static readonly string FixturesRoot = Path.Combine(AppContext.BaseDirectory, "Fixtures");

    private ContentFixture(string directory) => Directory = directory;

    public string Directory { get; }

    public static ContentFixture Create(string? fault = null) =>
        Layered(fault is null ? [] : [Path.Combine("faults", fault)]);

    /// <summary>The minimal folder with one overlay from Fixtures laid over it, such as "lifecycle".</summary>
    public static ContentFixture WithOverlay(string overlay) => Layered([overlay]);

    /// <summary>
    /// The minimal folder brought up to the house style (the minimal one slips on every rule), with
    /// one style slip laid over it, so a test sees exactly the warning that slip causes.
    /// </summary>
    public static ContentFixture CreateInHouseStyle(string? slip = null) =>
        Layered(slip is null ? ["house-style"] : ["house-style", Path.Combine("style-slips", slip)]);

    public LoadResult Load() => CatalogLoader.Load(Directory, "content");

    public void Write(string relativePath, string text)
    {
        var path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private static ContentFixture Layered(IReadOnlyList<string> overlays)
    {
        var directory = Path.Combine(Path.GetTempPath(), "careerpaths-fixture-" + Guid.NewGuid().ToString("N"));
        DirectoryTree.Copy(Path.Combine(FixturesRoot, "minimal"), directory);
        // The interface text is the real one: it belongs to no fixture, and every content folder needs it.
        DirectoryTree.Copy(Path.Combine(RepositoryPaths.Content, "i18n"), Path.Combine(directory, "i18n"));
        foreach (var overlay in overlays)
        {
            DirectoryTree.Copy(Path.Combine(FixturesRoot, overlay), directory);
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

    public void Dispose()
    {
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }
}
