using System.Security.Cryptography;
using System.Text;
using CareerPaths.Content.Diagnostics;

namespace CareerPaths.Content.Loading;

/// <summary>
/// The first stage: reads every content file from disk as strict UTF-8 text. Files that are empty
/// or not text are reported and left out; the rest go on to parsing.
/// </summary>
internal static class ContentFileReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly string[] ContentExtensions = [".md", ".yml", ".yaml"];

    /// <summary>Reads every content file below the root, in path order; a file that cannot be read is reported and left out.</summary>
    public static IReadOnlyList<RawContentFile> ReadFolder(string root, ContentErrors errors, ICollection<string> unreadable)
    {
        var fullPaths = Enumerate(root).ToArray();

        // On every core: reading thousands of cached files is CPU work.
        var read = OnEveryCore.Map(fullPaths, errors, (fullPath, fileErrors) =>
        {
            var path = System.IO.Path.GetRelativePath(root, fullPath).Replace('\\', '/');
            return (Path: path, Bytes: ReadBytes(fullPath, path, fileErrors));
        });

        var files = new List<RawContentFile>(read.Length);
        foreach (var (path, bytes) in read)
        {
            if (bytes is null)
            {
                unreadable.Add(path);
            }
            else
            {
                files.Add(new RawContentFile(path, bytes));
            }
        }

        return files;
    }

    /// <summary>Decodes the files as strict UTF-8, and fingerprints them so an unchanged folder is recognised.</summary>
    public static IReadOnlyList<ContentFile> DecodeAll(IReadOnlyList<RawContentFile> raw, ContentErrors errors, ICollection<string> unreadable, out string fingerprint)
    {
        var texts = OnEveryCore.Map(raw, errors, (file, fileErrors) => Decode(file.Bytes, file.Path, fileErrors));
        var files = new List<ContentFile>(raw.Count);

        // One hash over everything, in order: hashing each file on its own costs a hash context per
        // file, which at 10,000 files took longer than hashing all the bytes once.
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        for (var i = 0; i < raw.Count; i++)
        {
            var (path, bytes) = raw[i];
            hash.AppendData(Encoding.UTF8.GetBytes(path + "\n"));
            hash.AppendData(bytes);
            if (texts[i] is { } text)
            {
                files.Add(new ContentFile(path, text));
            }
            else
            {
                unreadable.Add(path);
            }
        }

        fingerprint = Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
        return files;
    }

    /// <summary>The editors' guide and the schemas live beside the content but are not content.</summary>
    public static bool IsContentPath(string relativePath)
    {
        var path = relativePath.Replace('\\', '/');
        return ContentExtensions.Contains(System.IO.Path.GetExtension(path).ToLowerInvariant())
            && !path.Equals("README.md", StringComparison.OrdinalIgnoreCase)
            && !path.StartsWith("schemas/", StringComparison.Ordinal)
            && !path.Split('/').Any(part => part.StartsWith('.'));
    }

    private static IEnumerable<string> Enumerate(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => IsContentPath(System.IO.Path.GetRelativePath(root, f)))
            .Order(StringComparer.Ordinal);

    private static byte[]? ReadBytes(string fullPath, string path, ContentErrors errors)
    {
        try
        {
            // The size is checked before reading, so a huge file costs no more than a big one; the
            // buffer is exactly the file, so loading thousands of files copies none of them twice.
            using var handle = File.OpenHandle(fullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            var size = RandomAccess.GetLength(handle);
            if (size > ContentLimits.MaxFileBytes)
            {
                errors.Add(path, TextPosition.Unknown, FormattableString.Invariant(
                    $"the file is {size / (1024.0 * 1024.0):0.0} MB; a content file may be at most {ContentLimits.MaxFileBytes / (1024 * 1024)} MB — split it, or remove text pasted in by mistake"));
                return null;
            }

            var buffer = new byte[size];
            var length = 0;
            while (length < buffer.Length && RandomAccess.Read(handle, buffer.AsSpan(length), length) is var read and > 0)
            {
                length += read;
            }

            // A file cut short while it was read is read as it was; the watcher reloads it once saved.
            return length == buffer.Length ? buffer : buffer[..length];
        }
        catch (IOException ex)
        {
            errors.Add(path, TextPosition.Unknown, $"could not read the file: {ex.Message}");
        }
        catch (UnauthorizedAccessException)
        {
            errors.Add(path, TextPosition.Unknown, "could not read the file: permission denied");
        }

        return null;
    }

    private static string? Decode(byte[] bytes, string path, ContentErrors errors)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            span = span[3..];
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(span);
        }
        catch (DecoderFallbackException)
        {
            errors.Add(path, TextPosition.Unknown, "the file is not UTF-8 text \u2014 save it as UTF-8 in your editor");
            return null;
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            errors.Add(path, TextPosition.Unknown, "the file is not text (it contains NUL bytes) \u2014 save it as UTF-8 text");
            return null;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(path, TextPosition.StartOfFile, "the file is empty \u2014 add its content or delete it");
            return null;
        }

        return text;
    }
}
