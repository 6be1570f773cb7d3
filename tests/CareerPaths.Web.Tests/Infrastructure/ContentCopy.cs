namespace CareerPaths.Web.Tests.Infrastructure;

/// <summary>A temporary copy of the real content/ folder that a test may break.</summary>
public sealed class ContentCopy : IDisposable
{
    public ContentCopy()
    {
        foreach (var file in System.IO.Directory.EnumerateFiles(Content.Tests.RepositoryPaths.Content, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(Directory, System.IO.Path.GetRelativePath(Content.Tests.RepositoryPaths.Content, file));
            System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Directory { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "careerpaths-copy-" + Guid.NewGuid().ToString("N"));

    public string Path(string relative) => System.IO.Path.Combine(Directory, relative);

    public void Replace(string relative, string find, string replacement)
    {
        var text = File.ReadAllText(Path(relative));
        Assert.Contains(find, text, StringComparison.Ordinal);
        File.WriteAllText(Path(relative), text.Replace(find, replacement, StringComparison.Ordinal));
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
