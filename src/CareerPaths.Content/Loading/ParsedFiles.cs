using System.Collections.Concurrent;
using CareerPaths.Content.Diagnostics;

namespace CareerPaths.Content.Loading;

/// <summary>
/// What each file parsed into last time, keyed by its path and text, so a reload after one edit
/// parses one file again instead of all of them. Parsed entries are immutable records and the
/// per-file lists are only read once stored, so sharing them between loads is safe.
/// </summary>
public sealed class ParsedFiles
{
    private readonly ConcurrentDictionary<ContentFile, (ReadEntries Entries, ContentErrors Errors)> _byFile = new();

    internal (ReadEntries Entries, ContentErrors Errors) GetOrRead(ContentFile file, Func<ContentFile, (ReadEntries, ContentErrors)> read) =>
        _byFile.GetOrAdd(file, read);

    /// <summary>Forgets files that are gone or changed, so the cache never outgrows the folder.</summary>
    internal void RetainOnly(IReadOnlyList<ContentFile> current)
    {
        var keep = current.ToHashSet();
        foreach (var file in _byFile.Keys.Where(f => !keep.Contains(f)))
        {
            _byFile.TryRemove(file, out _);
        }
    }
}
