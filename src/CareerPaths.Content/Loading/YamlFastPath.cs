namespace CareerPaths.Content.Loading;

/// <summary>
/// Reads the plain shape almost all content YAML has straight into <see cref="YamlValue"/>s, the
/// same values, at the same positions, that YamlDotNet's parser and <see cref="YamlTree"/> give
/// for it: one mapping of <c>key: value</c> lines whose values are one-line scalars
/// (plain, 'single' or "double" quoted without escapes), one-line [lists] and {mappings} of such
/// scalars, or indented lists of those, one item per "- " line, with comments anywhere.
/// </summary>
/// <remarks>
/// YamlDotNet's scanner, its parser events and its tree were most of the cost of loading a big
/// content folder, and this reader does the same work many times faster. It gives up on anything
/// outside the shape, such as multi-line or escaped scalars, nested block mappings, anchors, tags,
/// tabs, "\r", document markers or unusual characters, and on a key written twice in one mapping; the
/// caller then reads the text with YamlDotNet, which also describes any error. So it never decides
/// what a file means: a property test holds its values to YamlDotNet's, text and position, on real
/// files damaged at random and on generated ones.
/// </remarks>
internal sealed class YamlFastPath
{
    // YAML limits a key written without ? to 1024 characters; YamlDotNet reports a longer one.
    private const int MaxKeyLength = 1000;

    private readonly string _text;

    // The current line; the reader starts on a line before the first, so its first step finds line 1.
    private int _line;
    private int _lineStart;
    private int _lineEnd = -1;
    private bool _atEnd;

    // Values read so far; past the limit YamlDotNet's reading reports it.
    private int _values;

    private YamlFastPath(string text) => _text = text;

    /// <returns>The root mapping, or null when the text is outside the shape and YamlDotNet must read it.</returns>
    public static YamlMapValue? TryRead(string text) =>
        HasOnlyPlainCharacters(text) ? new YamlFastPath(text).ReadDocument() : null;

    /// <summary>Line breaks other than \n, tabs, control characters, byte-order marks and surrogates all have rules of their own.</summary>
    private static bool HasOnlyPlainCharacters(string text)
    {
        foreach (var c in text)
        {
            var plain = c == '\n' || (c >= ' ' && c <= '~') || (c >= '\u00a0' && c < '\u2028') || (c > '\u2029' && c < '\ud800') || (c > '\udfff' && c < '\ufeff') || (c > '\ufeff' && c < '\ufffe');
            if (!plain)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A mapping of <c>key: value</c> lines at the left margin, to the end of the text.</summary>
    private YamlMapValue? ReadDocument()
    {
        if (!NextContentLine() || Indent() != 0)
        {
            return null;
        }

        var (line, column) = (_line, 1);
        var entries = new List<KeyValuePair<YamlValue, YamlValue>>();
        while (!_atEnd)
        {
            // A line indented under a one-line value would continue it: YamlDotNet decides what that means.
            if (Indent() != 0 || ReadKeyAndValue() is not { } entry || !AddEntry(entries, entry))
            {
                return null;
            }
        }

        return Counted(new YamlMapValue(entries, line, column));
    }

    /// <summary>
    /// One <c>key: value</c> line at the left margin, with an indented list below it when the value is
    /// empty; leaves the reader on the next line with content.
    /// </summary>
    private KeyValuePair<YamlValue, YamlValue>? ReadKeyAndValue()
    {
        var at = _lineStart;
        if (!IsKeyStart(_text[at]))
        {
            return null;
        }

        while (at < _lineEnd && IsKeyChar(_text[at]))
        {
            at++;
        }

        if (at == _lineEnd || _text[at] != ':' || (at + 1 < _lineEnd && _text[at + 1] != ' ') || at - _lineStart > MaxKeyLength)
        {
            return null;
        }

        if (Scalar(_lineStart, at) is not { } key)
        {
            return null;
        }

        at = SkipSpaces(at + 1);
        if (at == _lineEnd || _text[at] == '#')
        {
            return ReadIndentedList() is { } list ? new(key, list) : null;
        }

        if (ReadValue(at, out var after) is not { } value || !EndsLine(after))
        {
            return null;
        }

        NextContentLine();
        return new(key, value);
    }

    /// <summary>Lines "- item" at one indentation below a key; the list ends at the next key or the end of the text.</summary>
    private YamlListValue? ReadIndentedList()
    {
        if (!NextContentLine() || Indent() == 0 || !IsListItem(_lineStart + Indent()))
        {
            return null;
        }

        var indent = Indent();
        var (line, column) = (_line, indent + 1);
        var items = new List<YamlValue>();
        while (true)
        {
            var at = SkipSpaces(_lineStart + indent + 1);
            if (at == _lineEnd || _text[at] == '#' || ReadValue(at, out var after) is not { } item || !EndsLine(after))
            {
                return null;
            }

            items.Add(item);
            if (!NextContentLine() || Indent() == 0)
            {
                return Counted(new YamlListValue(items, line, column));
            }

            if (Indent() != indent || !IsListItem(_lineStart + indent))
            {
                return null;
            }
        }
    }

    private bool IsListItem(int at) => _text[at] == '-' && at + 1 < _lineEnd && _text[at + 1] == ' ';

    /// <summary>A value on the rest of a line: a [list], a {mapping} or a scalar.</summary>
    private YamlValue? ReadValue(int at, out int after) => _text[at] switch
    {
        '[' => ReadFlowList(at, out after),
        '{' => ReadFlowMapping(at, out after),
        '"' or '\'' => ReadQuoted(at, out after),
        _ => ReadBlockPlain(at, out after),
    };

    /// <summary>A plain scalar outside brackets: it runs to a comment or the end of the line.</summary>
    private YamlScalarValue? ReadBlockPlain(int at, out int after)
    {
        after = at;
        if (IsIndicator(_text[at]))
        {
            return null;
        }

        var end = at;
        for (var i = at; i < _lineEnd; i++)
        {
            var c = _text[i];
            if (c == '#' && _text[i - 1] == ' ')
            {
                break;
            }

            // ": " or a final ":" would make this a key; leave that to YamlDotNet.
            if (c == ':' && (i + 1 == _lineEnd || _text[i + 1] == ' '))
            {
                return null;
            }

            if (c != ' ')
            {
                end = i + 1;
            }
        }

        after = end;
        return Scalar(at, end);
    }

    /// <summary>Reads one item inside brackets starting at <paramref name="at"/>; false when it is outside the shape.</summary>
    private delegate bool FlowItemReader(int at, out int after);

    /// <summary>[a, b, "c"] on one line: scalars only, no empty or trailing items.</summary>
    private YamlListValue? ReadFlowList(int open, out int after)
    {
        var items = new List<YamlValue>();
        var read = ReadFlowItems(open, ']', allowEmpty: true, out after, (int at, out int end) =>
        {
            if (ReadFlowScalar(at, isKey: false, out end) is not { } item)
            {
                return false;
            }

            items.Add(item);
            return true;
        });
        return read ? Counted(new YamlListValue(items, _line, Column(open))) : null;
    }

    /// <summary>{ key: value, key: value } on one line: at least one pair, scalars only, no key twice.</summary>
    private YamlMapValue? ReadFlowMapping(int open, out int after)
    {
        var entries = new List<KeyValuePair<YamlValue, YamlValue>>();
        var read = ReadFlowItems(open, '}', allowEmpty: false, out after, (int at, out int end) =>
            ReadFlowScalar(at, isKey: true, out end) is { } key
            && end + 1 < _lineEnd && _text[end] == ':' && _text[end + 1] == ' '
            && ReadFlowScalar(SkipSpaces(end + 1), isKey: false, out end) is { } value
            && AddEntry(entries, new(key, value)));
        return read ? Counted(new YamlMapValue(entries, _line, Column(open))) : null;
    }

    /// <summary>The items between a bracket at <paramref name="open"/> and its <paramref name="close"/> on the same line, separated by commas.</summary>
    private bool ReadFlowItems(int open, char close, bool allowEmpty, out int after, FlowItemReader readItem)
    {
        after = open;
        var at = SkipSpaces(open + 1);
        if (allowEmpty && at < _lineEnd && _text[at] == close)
        {
            after = at + 1;
            return true;
        }

        while (true)
        {
            if (!readItem(at, out at))
            {
                return false;
            }

            at = SkipSpaces(at);
            if (at < _lineEnd && _text[at] == close)
            {
                after = at + 1;
                return true;
            }

            if (at == _lineEnd || _text[at] != ',')
            {
                return false;
            }

            at = SkipSpaces(at + 1);
        }
    }

    /// <summary>An item inside brackets: quoted, or plain up to the next , ] or }; a key stops at its colon.</summary>
    private YamlScalarValue? ReadFlowScalar(int at, bool isKey, out int after)
    {
        after = at;
        if (at == _lineEnd)
        {
            return null;
        }

        if (_text[at] is '"' or '\'')
        {
            return isKey ? null : ReadQuoted(at, out after);
        }

        if (IsIndicator(_text[at]))
        {
            return null;
        }

        var end = at;
        for (var i = at; i < _lineEnd; i++)
        {
            var c = _text[i];
            if (c is ',' or ']' or '}' || (isKey && c == ':'))
            {
                break;
            }

            // Brackets, colons and comments inside brackets have rules this reader does not follow.
            if (c is '[' or '{' or ':' || (c == '#' && _text[i - 1] == ' '))
            {
                return null;
            }

            if (c != ' ')
            {
                end = i + 1;
            }
        }

        if (isKey && end - at > MaxKeyLength)
        {
            return null;
        }

        after = end;
        return Scalar(at, end);
    }

    /// <summary>'single' (with '' for a quote) or "double" quoted text that closes on its line; a backslash escape gives up.</summary>
    private YamlScalarValue? ReadQuoted(int open, out int after)
    {
        after = open;
        var quote = _text[open];
        var doubled = false;
        for (var i = open + 1; i < _lineEnd; i++)
        {
            var c = _text[i];
            if (quote == '"' && c == '\\')
            {
                return null;
            }

            if (c != quote)
            {
                continue;
            }

            if (quote == '\'' && i + 1 < _lineEnd && _text[i + 1] == '\'')
            {
                doubled = true;
                i++;
                continue;
            }

            var text = _text[(open + 1)..i];
            after = i + 1;
            return Counted(new YamlScalarValue(doubled ? text.Replace("''", "'", StringComparison.Ordinal) : text, _line, Column(open)));
        }

        return null;
    }

    private YamlScalarValue? Scalar(int start, int end) => Counted(new YamlScalarValue(_text[start..end], _line, Column(start)));

    private T? Counted<T>(T value)
        where T : YamlValue => ++_values > ContentLimits.MaxYamlValues ? null : value;

    /// <summary>Adds a pair unless its key is already in the mapping: YamlDotNet's reading reports that with both lines.</summary>
    private static bool AddEntry(List<KeyValuePair<YamlValue, YamlValue>> entries, KeyValuePair<YamlValue, YamlValue> entry)
    {
        var key = ((YamlScalarValue)entry.Key).Text;
        foreach (var existing in entries)
        {
            if (((YamlScalarValue)existing.Key).Text == key)
            {
                return false;
            }
        }

        entries.Add(entry);
        return true;
    }

    /// <summary>After a value only spaces and a comment may follow.</summary>
    private bool EndsLine(int at)
    {
        at = SkipSpaces(at);
        return at == _lineEnd || (_text[at] == '#' && _text[at - 1] == ' ');
    }

    private static bool IsKeyStart(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    private static bool IsKeyChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-';

    /// <summary>Characters that change what a scalar is when they come first.</summary>
    private static bool IsIndicator(char c) => c is '-' or '?' or ':' or ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`' or ' ';

    private int SkipSpaces(int at)
    {
        while (at < _lineEnd && _text[at] == ' ')
        {
            at++;
        }

        return at;
    }

    private int Indent() => SkipSpaces(_lineStart) - _lineStart;

    private int Column(int index) => index - _lineStart + 1;

    /// <summary>Moves to the next line that holds more than spaces and a comment; false, and at the end, when there is none.</summary>
    private bool NextContentLine()
    {
        while (NextLine())
        {
            var first = SkipSpaces(_lineStart);
            if (first < _lineEnd && _text[first] != '#')
            {
                return true;
            }
        }

        _atEnd = true;
        return false;
    }

    private bool NextLine()
    {
        if (_lineEnd >= _text.Length)
        {
            return false;
        }

        _lineStart = _lineEnd + 1;
        _lineEnd = _text.IndexOf('\n', _lineStart);
        if (_lineEnd < 0)
        {
            _lineEnd = _text.Length;
        }

        _line++;
        return true;
    }
}
