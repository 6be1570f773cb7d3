using System.Text.RegularExpressions;
using CareerPaths.Testing;

namespace CareerPaths.Web.Tests.Infrastructure;

/// <summary>A temporary copy of the real content/ folder that a test may break.</summary>
public sealed class ContentCopy : IDisposable
{
    public ContentCopy() => DirectoryTree.Copy(RepositoryPaths.Content, Directory);

    public string Directory { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "careerpaths-copy-" + Guid.NewGuid().ToString("N"));

    public string Path(string relative) => System.IO.Path.Combine(Directory, relative);

    /// <summary>Replaces literal text, failing when it is not there.</summary>
    public void Replace(string relative, string find, string replacement)
    {
        var text = File.ReadAllText(Path(relative));
        Assert.Contains(find, text, StringComparison.Ordinal);
        File.WriteAllText(Path(relative), text.Replace(find, replacement, StringComparison.Ordinal));
    }

    /// <summary>
    /// Replaces what a pattern matches (^ and $ match at each line), failing when it matches
    /// nothing. A pattern such as "^reviewed: .*$" keeps working when editors change the value.
    /// </summary>
    public void Edit(string relative, string pattern, string replacement)
    {
        var text = File.ReadAllText(Path(relative));
        var regex = new Regex(pattern, RegexOptions.Multiline, TimeSpan.FromSeconds(1));
        Assert.True(regex.IsMatch(text), $"'{pattern}' matches nothing in {relative}");
        File.WriteAllText(Path(relative), regex.Replace(text, replacement));
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
