using System.Collections;
using CareerPaths.Content.Diagnostics;

namespace CareerPaths.Content.Model;

/// <summary>
/// Where each field of one entry was written, as one array sorted by field name. A catalog keeps
/// one per entry and per skill need (70,000 at 10,000 roles), and a Dictionary would cost three
/// objects and a table of buckets each for what is usually a handful of fields.
/// </summary>
internal sealed class FieldPositions : IReadOnlyDictionary<string, TextPosition>
{
    private readonly KeyValuePair<string, TextPosition>[] _entries;

    /// <param name="positions">Each field once (as the keys of a dictionary are).</param>
    public FieldPositions(IEnumerable<KeyValuePair<string, TextPosition>> positions)
    {
        ArgumentNullException.ThrowIfNull(positions);
        _entries = [.. positions];
        Array.Sort(_entries, (a, b) => string.CompareOrdinal(a.Key, b.Key));
    }

    public int Count => _entries.Length;

    public IEnumerable<string> Keys => _entries.Select(e => e.Key);

    public IEnumerable<TextPosition> Values => _entries.Select(e => e.Value);

    public TextPosition this[string key] => TryGetValue(key, out var position) ? position : throw new KeyNotFoundException($"no position for the field '{key}'");

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, out TextPosition value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? _entries[index].Value : default;
        return index >= 0;
    }

    public IEnumerator<KeyValuePair<string, TextPosition>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, TextPosition>>)_entries).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string key)
    {
        var (low, high) = (0, _entries.Length - 1);
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var order = string.CompareOrdinal(_entries[middle].Key, key);
            if (order == 0)
            {
                return middle;
            }

            (low, high) = order < 0 ? (middle + 1, high) : (low, middle - 1);
        }

        return -1;
    }
}
