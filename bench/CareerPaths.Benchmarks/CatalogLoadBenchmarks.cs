using BenchmarkDotNet.Attributes;
using CareerPaths.Content;
using CareerPaths.Content.Rendering;
using Markdig;

namespace CareerPaths.Benchmarks;

/// <summary>
/// Loading the real content/ folder. The baseline is the least a Markdown site must do with
/// the same files: read them and turn every Markdown file into HTML with the site's own Markdig
/// pipeline. The ratio is then what the typed front matter, tables, validation, cross-links and
/// search index cost on top of that.
/// </summary>
[MemoryDiagnoser]
public class CatalogLoadBenchmarks
{
    private string _content = string.Empty;
    private string[] _files = [];

    [GlobalSetup]
    public void Setup()
    {
        _content = RepositoryPaths.Content;
        _files = [.. Directory.EnumerateFiles(_content, "*", SearchOption.AllDirectories)
            .Where(f => IsContentFile(Path.GetRelativePath(_content, f)))
            .Order(StringComparer.Ordinal)];
        if (CatalogLoader.Load(_content).Catalog is null)
        {
            throw new InvalidOperationException($"{_content} does not load; run `validate` to see why.");
        }
    }

    [Benchmark(Description = "read the content files only")]
    public long ReadFiles()
    {
        long length = 0;
        foreach (var file in _files)
        {
            length += File.ReadAllText(file).Length;
        }

        return length;
    }

    [Benchmark(Baseline = true, Description = "read + Markdig ToHtml of every .md")]
    public long MarkdownToHtml()
    {
        long length = 0;
        foreach (var file in _files)
        {
            var text = File.ReadAllText(file);
            length += file.EndsWith(".md", StringComparison.Ordinal) ? Markdown.ToHtml(text, MarkdownRendering.Pipeline).Length : text.Length;
        }

        return length;
    }

    [Benchmark(Description = "CatalogLoader.Load (parse, validate, index)")]
    public int Load() => CatalogLoader.Load(_content).Catalog!.Roles.Count;

    /// <summary>The files the loader reads: Markdown and YAML, except the editors' guide and the schemas.</summary>
    private static bool IsContentFile(string relative) =>
        (relative.EndsWith(".md", StringComparison.Ordinal) || relative.EndsWith(".yml", StringComparison.Ordinal) || relative.EndsWith(".yaml", StringComparison.Ordinal))
        && relative != "README.md"
        && !relative.StartsWith("schemas", StringComparison.Ordinal);
}
