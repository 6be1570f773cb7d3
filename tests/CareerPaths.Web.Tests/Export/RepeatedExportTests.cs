using System.Text.RegularExpressions;
using CareerPaths.Testing;
using CareerPaths.Web.Tests.Infrastructure;

namespace CareerPaths.Web.Tests.Export;

/// <summary>
/// A second export into the same folder writes only what changed, so a static host's sync uploads
/// only that; a file that differs from what the site sends is written again.
/// </summary>
public sealed partial class RepeatedExportTests : IDisposable
{
    private readonly string _outDir = Path.Combine(Path.GetTempPath(), "careerpaths-reexport-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task A_second_export_with_nothing_changed_writes_no_file()
    {
        var first = await ExportAsync();
        var before = Snapshot();

        var second = await ExportAsync();

        Assert.Equal(before.Count, first.Written);
        Assert.Equal((0, first.Written), (second.Written, second.Unchanged));
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public async Task A_second_export_rewrites_a_file_that_differs_and_its_compressed_copies()
    {
        var first = await ExportAsync();
        var page = Path.Combine(_outDir, "progression.html");
        var original = await File.ReadAllBytesAsync(page);
        await File.WriteAllTextAsync(page, "edited by hand");
        File.Delete(page + ".br");

        var second = await ExportAsync();

        Assert.Equal((1, first.Written - 1), (second.Written, second.Unchanged));
        Assert.Equal(original, await File.ReadAllBytesAsync(page));
        Assert.True(File.Exists(page + ".br"));
    }

    private async Task<(int Written, int Unchanged)> ExportAsync()
    {
        var (exit, output, errors) = await Cli.RunAsync(
            DateOnly.FromDateTime(DateTime.UtcNow), ["export", _outDir, "--content", RepositoryPaths.Content, "--base-url", SiteFactory.BaseUrl]);
        Assert.True(exit == 0, output + errors);
        var counts = WrittenAndUnchanged().Match(output);
        Assert.True(counts.Success, output);
        return (int.Parse(counts.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(counts.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Every exported file (compressed copies aside) with its last write time.</summary>
    private Dictionary<string, DateTime> Snapshot() =>
        Directory.EnumerateFiles(_outDir, "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".br", StringComparison.Ordinal) && !f.EndsWith(".gz", StringComparison.Ordinal))
            .ToDictionary(f => f, File.GetLastWriteTimeUtc, StringComparer.Ordinal);

    [GeneratedRegex(@"(\d+) files written, (\d+) unchanged")]
    private static partial Regex WrittenAndUnchanged();

    public void Dispose() => Directory.Delete(_outDir, recursive: true);
}
