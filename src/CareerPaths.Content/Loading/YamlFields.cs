using System.Collections.Concurrent;
using System.Globalization;
using CareerPaths.Content.Diagnostics;
using CareerPaths.Content.Model;

namespace CareerPaths.Content.Loading;

/// <summary>
/// Reads the fields of one YAML mapping against its <see cref="FieldSet"/>: reports unknown and
/// missing fields and wrong shapes with their line, and remembers where each field was written.
/// Reading a bad field adds an error and returns a harmless default, so checking goes on.
/// </summary>
internal sealed class YamlFields
{
    private const int SharedItemKeys = 16;

    /// <summary>Per field name (always a schema's field, so a small fixed set): its first item keys.</summary>
    private static readonly ConcurrentDictionary<string, string[]> ItemKeys = new(StringComparer.Ordinal);

    private readonly YamlMapValue _node;
    private readonly FieldSet _set;
    private readonly ContentErrors _errors;
    private readonly Dictionary<string, YamlValue> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TextPosition> _positions = new(StringComparer.Ordinal);

    public YamlFields(YamlMapValue node, FieldSet set, string path, int lineOffset, ContentErrors errors)
    {
        _node = node;
        _set = set;
        _errors = errors;
        Path = path;
        LineOffset = lineOffset;
        foreach (var (keyNode, value) in node.Entries)
        {
            var key = (keyNode as YamlScalarValue)?.Text ?? string.Empty;
            if (set.Find(key) is not { } spec)
            {
                var hint = Suggestions.Hint(key, set.Names);
                errors.Add(path, PositionOf(keyNode), $"unknown field '{key}' in this {set.Kind}{hint}");
                continue;
            }

            // Keyed by the schema's own string, not the file's copy: the positions outlive the
            // load, and 10,000 roles then share one "title" instead of keeping 10,000.
            _values[spec.Name] = value;
            _positions[spec.Name] = PositionOf(value);
        }

        foreach (var field in set.Fields.Where(f => f.Required && !_values.ContainsKey(f.Name)))
        {
            errors.Add(path, PositionOf(node), $"missing required field '{field.Name}' in this {set.Kind} \u2014 add a line like `{field.Example}`");
        }
    }

    public string Path { get; }

    public int LineOffset { get; }

    public TextPosition Start => PositionOf(_node);

    public TextPosition PositionOf(string key) => _positions.GetValueOrDefault(key, Start);

    /// <summary>Whether the field is written at all (even if empty or invalid).</summary>
    public bool IsWritten(string key) => _values.ContainsKey(key);

    public SourceRef Source() => new(Path, new FieldPositions(_positions));

    public string Text(string key) => OptionalText(key) ?? string.Empty;

    public string? OptionalText(string key)
    {
        if (!_values.TryGetValue(key, out var node))
        {
            return null;
        }

        if (node is YamlScalarValue scalar && !string.IsNullOrWhiteSpace(scalar.Text))
        {
            return scalar.Text.Trim();
        }

        Report(key, node is YamlScalarValue ? $"'{key}' is empty" : $"'{key}' should be a single piece of text");
        return null;
    }

    public int? WholeNumber(string key)
    {
        var text = OptionalText(key);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        Report(key, $"'{key}' must be a whole number with no symbols or commas, like `{_set[key].Example}` (found '{text}')");
        return null;
    }

    public bool Flag(string key)
    {
        var text = OptionalText(key);
        if (text is null)
        {
            return false;
        }

        if (bool.TryParse(text, out var flag))
        {
            return flag;
        }

        Report(key, $"'{key}' must be true or false (found '{text}')");
        return false;
    }

    public DateOnly? Date(string key)
    {
        var text = OptionalText(key);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Report(key, $"'{key}' must be a date written YYYY-MM-DD, like `{_set[key].Example}` (found '{text}')");
        return null;
    }

    public Uri? Url(string key)
    {
        var text = OptionalText(key);
        if (text is null)
        {
            return null;
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme == Uri.UriSchemeHttps)
        {
            return url;
        }

        Report(key, $"'{key}' must be a full https:// address (found '{text}')");
        return null;
    }

    public IReadOnlyList<string> TextList(string key)
    {
        if (!_values.TryGetValue(key, out var node))
        {
            return [];
        }

        if (node is not YamlListValue sequence)
        {
            Report(key, $"'{key}' should be a list, like `{_set[key].Example}`");
            return [];
        }

        var items = new List<string>(sequence.Items.Count);
        for (var index = 0; index < sequence.Items.Count; index++)
        {
            var item = sequence.Items[index];
            _positions[ItemKey(key, index)] = PositionOf(item);
            if (item is YamlScalarValue { Text: var value } && !string.IsNullOrWhiteSpace(value))
            {
                items.Add(value.Trim());
            }
            else
            {
                _errors.Add(Path, PositionOf(item), $"each item of '{key}' should be a single piece of text");
            }
        }

        return items;
    }

    public IReadOnlyList<YamlFields> Entries(string key, FieldSet itemSet)
    {
        if (!_values.TryGetValue(key, out var node))
        {
            return [];
        }

        if (node is not YamlListValue sequence)
        {
            Report(key, $"'{key}' should be a list of {itemSet.Kind} entries, each starting with '- '");
            return [];
        }

        var entries = new List<YamlFields>();
        foreach (var item in sequence.Items)
        {
            if (item is YamlMapValue mapping)
            {
                entries.Add(new YamlFields(mapping, itemSet, Path, LineOffset, _errors));
            }
            else
            {
                _errors.Add(Path, PositionOf(item), $"each item of '{key}' should be a {itemSet.Kind} with fields such as `{itemSet.Fields[0].Example}`");
            }
        }

        return entries;
    }

    /// <summary>"next[0]", the key of a list item's position; the first few per field are made once and shared by every file.</summary>
    private static string ItemKey(string field, int index)
    {
        if (index >= SharedItemKeys)
        {
            return $"{field}[{index}]";
        }

        var keys = ItemKeys.GetOrAdd(field, f => [.. Enumerable.Range(0, SharedItemKeys).Select(i => $"{f}[{i}]")]);
        return keys[index];
    }

    private void Report(string key, string message) => _errors.Add(Path, PositionOf(key), message);

    private TextPosition PositionOf(YamlValue node) => new(node.Line + LineOffset, node.Column);
}
