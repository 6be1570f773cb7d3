using System.IO.Compression;

namespace CareerPaths.Web.Export;

/// <summary>
/// Writes `file.br` and `file.gz` beside each text file of the export, so a static host (nginx's
/// gzip_static and brotli_static, most CDNs) sends compressed bytes without compressing on every
/// request. A copy that would not be smaller than the file is not written. Both use the level the
/// server's response compression uses (Optimal); the server compresses a page in the pieces Razor
/// writes, so its gzip can differ from the copy by a few bytes, never in what it decompresses to.
/// </summary>
internal static class Precompression
{
    /// <summary>The kinds of file that compress well; images such as PNG are compressed already.</summary>
    private static readonly string[] TextExtensions = [".html", ".css", ".js", ".svg", ".json", ".csv", ".xml", ".txt"];

    public static bool IsText(string file) =>
        TextExtensions.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Writes the compressed copies of one file's bytes; returns how many were written. Synchronous:
    /// the export runs one page per core, and an asynchronous write of a small file on Linux only
    /// moves it to another thread-pool thread.
    /// </summary>
    public static int WriteCopies(string file, ReadOnlySpan<byte> body) =>
        WriteIfSmaller(file + ".br", body, s => new BrotliStream(s, CompressionLevel.Optimal, leaveOpen: true)) +
        WriteIfSmaller(file + ".gz", body, s => new GZipStream(s, CompressionLevel.Optimal, leaveOpen: true));

    private static int WriteIfSmaller(string target, ReadOnlySpan<byte> body, Func<Stream, Stream> compressor)
    {
        // Compressed in memory, in one go: the work is all CPU, and the size decides whether to write.
        using var buffer = new MemoryStream(body.Length / 2);
        using (var compressing = compressor(buffer))
        {
            compressing.Write(body);
        }

        if (buffer.Length >= body.Length)
        {
            // A stale copy from an earlier export would be served instead of the new file.
            File.Delete(target);
            return 0;
        }

        File.WriteAllBytes(target, buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        return 1;
    }
}
