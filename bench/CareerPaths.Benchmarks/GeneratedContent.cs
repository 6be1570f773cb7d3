using System.Text.RegularExpressions;

namespace CareerPaths.Benchmarks;

/// <summary>
/// A copy of the real content with its roles cloned up to a given number, as bench/scale.sh makes
/// it: each clone has its own slug and title ("AI Security Engineer 17"), the same track, level,
/// links and body. The folder is made once per size and process, under the temp folder.
/// </summary>
internal static partial class GeneratedContent
{
    public static string WithRoles(int roles)
    {
        var source = RepositoryPaths.Content;
        var originals = Directory.GetFiles(Path.Combine(source, "roles"), "*.md").Where(f => !Path.GetFileName(f).StartsWith('_')).Order(StringComparer.Ordinal).ToList();
        if (roles <= originals.Count)
        {
            return source;
        }

        var target = Path.Combine(Path.GetTempPath(), $"careerpaths-bench-{roles}-{Environment.ProcessId}");
        if (Directory.Exists(target))
        {
            return target;
        }

        CopyFolder(source, target);
        var clones = roles - originals.Count;
        for (var i = 0; i < originals.Count; i++)
        {
            var text = File.ReadAllText(originals[i]);
            var slug = Path.GetFileNameWithoutExtension(originals[i]);
            var count = clones / originals.Count + (i < clones % originals.Count ? 1 : 0);
            for (var n = 1; n <= count; n++)
            {
                var clone = TitleLine().Replace(text, m => $"title: \"{m.Groups["title"].Value.Trim('"')} {n}\"", 1);
                File.WriteAllText(Path.Combine(target, "roles", $"{slug}-{n}.md"), clone);
            }
        }

        return target;
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var directory in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(directory.Replace(from, to, StringComparison.Ordinal));
        }

        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, file.Replace(from, to, StringComparison.Ordinal));
        }
    }

    [GeneratedRegex("^title:[ \t]*(?<title>.*)$", RegexOptions.Multiline)]
    private static partial Regex TitleLine();
}
