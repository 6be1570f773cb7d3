using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using TagDirective = YamlDotNet.Core.Tokens.TagDirective;

namespace CareerPaths.Content.Loading;

/// <summary>
/// Reads the plain shape almost all content YAML has, straight into the events YamlDotNet's parser
/// would give for it: one mapping of <c>key: value</c> lines whose values are one-line scalars
/// (plain, 'single' or "double" quoted without escapes), one-line [lists] and {mappings} of such
/// scalars, or indented lists of those, one item per "- " line, with comments anywhere.
/// </summary>
/// <remarks>
/// YamlDotNet's scanner is most of the cost of loading a big content folder (about 0.13 ms per role
/// file), and this reader does the same work many times faster. It gives up on anything outside the
/// shape, such as multi-line or escaped scalars, nested block mappings, anchors, tags, tabs, "\r",
/// document markers or unusual characters, and the caller then parses the text with YamlDotNet, which
/// also describes any error. So it never decides what a file means: a property test holds its events
/// to YamlDotNet's, value, style and position, on real files damaged at random.
/// </remarks>
internal sealed class YamlFastPath
{
    private readonly string _text;
    private readonly List<ParsingEvent> _events;
    // The current line; the reader starts on a line before the first, so its first step finds line 1.
    private int _line;
    private int _lineStart;
    private int _lineEnd = -1;
    private bool _atEnd;

    private YamlFastPath(string text, List<ParsingEvent> events)
    {
        _text = text;
        _events = events;
    }

    /// <returns>True with the events added, or false with <paramref name="events"/> left empty when the text is outside the shape.</returns>
    public static bool TryRead(string text, List<ParsingEvent> events)
    {
        var reader = new YamlFastPath(text, events);
        if (HasOnlyPlainCharacters(text) && reader.ReadDocument())
        {
            return true;
        }

        events.Clear();
        return false;
    }

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

    private bool ReadDocument()
    {
        _events.Add(new StreamStart(new Mark(0, 1, 1), new Mark(0, 1, 1)));
        if (!NextContentLine() || Indent() != 0)
        {
            return false;
        }

        var start = MarkAt(_lineStart);
        // The parser lists YAML's two default tag handles on every document.
        var tags = new TagDirectiveCollection([new TagDirective("!", "!"), new TagDirective("!!", "tag:yaml.org,2002:")]);
        _events.Add(new DocumentStart(null, tags, true, start, start));
        _events.Add(new MappingStart(AnchorName.Empty, TagName.Empty, true, MappingStyle.Block, start, start));
        while (!_atEnd)
        {
            // A line indented under a one-line value would continue it: YamlDotNet decides what that means.
            if (Indent() != 0 || !ReadKeyAndValue())
            {
                return false;
            }
        }

        var end = StreamEndMark();
        _events.Add(new MappingEnd(end, end));
        _events.Add(new DocumentEnd(true, end, end));
        _events.Add(new StreamEnd(end, end));
        return true;
    }

    /// <summary>
    /// One <c>key: value</c> line at the left margin, with an indented list below it when the value is
    /// empty; leaves the reader on the next line with content.
    /// </summary>
    private bool ReadKeyAndValue()
    {
        var at = _lineStart;
        if (!IsKeyStart(_text[at]))
        {
            return false;
        }

        while (at < _lineEnd && IsKeyChar(_text[at]))
        {
            at++;
        }

        if (at == _lineEnd || _text[at] != ':' || (at + 1 < _lineEnd && _text[at + 1] != ' '))
        {
            return false;
        }

        AddScalar(_lineStart, at, ScalarStyle.Plain, isKey: true);
        at = SkipSpaces(at + 1);
        if (at == _lineEnd || _text[at] == '#')
        {
            return ReadIndentedList();
        }

        if (!ReadValue(at, out var after) || !EndsLine(after))
        {
            return false;
        }

        NextContentLine();
        return true;
    }

    /// <summary>Lines "- item" at one indentation below a key; the list ends at the next key or the end of the text.</summary>
    private bool ReadIndentedList()
    {
        if (!NextContentLine() || Indent() == 0 || !IsListItem(_lineStart + Indent()))
        {
            return false;
        }

        var indent = Indent();
        var dash = MarkAt(_lineStart + indent);
        _events.Add(new SequenceStart(AnchorName.Empty, TagName.Empty, true, SequenceStyle.Block, dash, dash));
        while (true)
        {
            var at = SkipSpaces(_lineStart + indent + 1);
            if (at == _lineEnd || _text[at] == '#' || !ReadValue(at, out var after) || !EndsLine(after))
            {
                return false;
            }

            if (!NextContentLine() || Indent() == 0)
            {
                // The list ends where the next key starts, or where the text does.
                var end = _atEnd ? ListEndAtEndOfText(indent) : MarkAt(_lineStart);
                _events.Add(new SequenceEnd(end, end));
                return true;
            }

            if (Indent() != indent || !IsListItem(_lineStart + indent))
            {
                return false;
            }
        }
    }

    private bool IsListItem(int at) => _text[at] == '-' && at + 1 < _lineEnd && _text[at + 1] == ' ';

    /// <summary>A value on the rest of a line: a [list], a {mapping} or a scalar.</summary>
    private bool ReadValue(int at, out int after) => _text[at] switch
    {
        '[' => ReadFlowList(at, out after),
        '{' => ReadFlowMapping(at, out after),
        '"' or '\'' => ReadQuoted(at, out after),
        _ => ReadBlockPlain(at, out after),
    };

    /// <summary>A plain scalar outside brackets: it runs to a comment or the end of the line.</summary>
    private bool ReadBlockPlain(int at, out int after)
    {
        after = at;
        if (IsIndicator(_text[at]))
        {
            return false;
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
                return false;
            }

            if (c != ' ')
            {
                end = i + 1;
            }
        }

        AddScalar(at, end, ScalarStyle.Plain, isKey: false);
        after = end;
        return true;
    }

    /// <summary>[a, b, "c"] on one line: scalars only, no empty or trailing items.</summary>
    private bool ReadFlowList(int open, out int after)
    {
        after = open;
        _events.Add(new SequenceStart(AnchorName.Empty, TagName.Empty, true, SequenceStyle.Flow, MarkAt(open), MarkAt(open)));
        var at = SkipSpaces(open + 1);
        if (at < _lineEnd && _text[at] == ']')
        {
            return CloseFlow(at, isList: true, out after);
        }

        while (true)
        {
            if (!ReadFlowScalar(at, isKey: false, out at))
            {
                return false;
            }

            at = SkipSpaces(at);
            if (at == _lineEnd)
            {
                return false;
            }

            if (_text[at] == ']')
            {
                return CloseFlow(at, isList: true, out after);
            }

            if (_text[at] != ',')
            {
                return false;
            }

            at = SkipSpaces(at + 1);
        }
    }

    /// <summary>{ key: value, key: value } on one line: at least one pair, scalars only.</summary>
    private bool ReadFlowMapping(int open, out int after)
    {
        after = open;
        _events.Add(new MappingStart(AnchorName.Empty, TagName.Empty, true, MappingStyle.Flow, MarkAt(open), MarkAt(open)));
        var at = SkipSpaces(open + 1);
        while (true)
        {
            if (!ReadFlowScalar(at, isKey: true, out at) || at + 1 >= _lineEnd || _text[at] != ':' || _text[at + 1] != ' ')
            {
                return false;
            }

            if (!ReadFlowScalar(SkipSpaces(at + 1), isKey: false, out at))
            {
                return false;
            }

            at = SkipSpaces(at);
            if (at == _lineEnd)
            {
                return false;
            }

            if (_text[at] == '}')
            {
                return CloseFlow(at, isList: false, out after);
            }

            if (_text[at] != ',')
            {
                return false;
            }

            at = SkipSpaces(at + 1);
        }
    }

    private bool CloseFlow(int at, bool isList, out int after)
    {
        var mark = MarkAt(at);
        _events.Add(isList ? new SequenceEnd(mark, mark) : new MappingEnd(mark, mark));
        after = at + 1;
        return true;
    }

    /// <summary>An item inside brackets: quoted, or plain up to the next , ] or }; a key stops at its colon.</summary>
    private bool ReadFlowScalar(int at, bool isKey, out int after)
    {
        after = at;
        if (at == _lineEnd)
        {
            return false;
        }

        if (_text[at] is '"' or '\'')
        {
            return !isKey && ReadQuoted(at, out after);
        }

        if (IsIndicator(_text[at]))
        {
            return false;
        }

        var end = at;
        var i = at;
        for (; i < _lineEnd; i++)
        {
            var c = _text[i];
            if (c is ',' or ']' or '}' || (isKey && c == ':'))
            {
                break;
            }

            // Brackets, colons and comments inside brackets have rules this reader does not follow.
            if (c is '[' or '{' or ':' || (c == '#' && _text[i - 1] == ' '))
            {
                return false;
            }

            if (c != ' ')
            {
                end = i + 1;
            }
        }

        AddScalar(at, end, ScalarStyle.Plain, isKey);
        after = end;
        return true;
    }

    /// <summary>'single' (with '' for a quote) or "double" quoted text that closes on its line; a backslash escape gives up.</summary>
    private bool ReadQuoted(int open, out int after)
    {
        after = open;
        var quote = _text[open];
        var value = new System.Text.StringBuilder();
        for (var i = open + 1; i < _lineEnd; i++)
        {
            var c = _text[i];
            if (quote == '"' && c == '\\')
            {
                return false;
            }

            if (c != quote)
            {
                value.Append(c);
                continue;
            }

            if (quote == '\'' && i + 1 < _lineEnd && _text[i + 1] == '\'')
            {
                value.Append('\'');
                i++;
                continue;
            }

            var style = quote == '"' ? ScalarStyle.DoubleQuoted : ScalarStyle.SingleQuoted;
            _events.Add(new Scalar(AnchorName.Empty, TagName.Empty, value.ToString(), style, false, true, MarkAt(open), MarkAt(i + 1), false));
            after = i + 1;
            return true;
        }

        return false;
    }

    private void AddScalar(int start, int end, ScalarStyle style, bool isKey) =>
        _events.Add(new Scalar(AnchorName.Empty, TagName.Empty, _text[start..end], style, true, false, MarkAt(start), MarkAt(end), isKey));

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
        _lineEnd = LineEndFrom(_lineStart);
        _line++;
        return true;
    }

    private int LineEndFrom(int start)
    {
        var end = _text.IndexOf('\n', start);
        return end < 0 ? _text.Length : end;
    }

    private Mark MarkAt(int index) => new(index, _line, index - _lineStart + 1);

    /// <summary>
    /// YamlDotNet closes an indented list when its scanner stops at the end of the text: on the last
    /// line, when that line (spaces or a comment without a final line break) is shorter than the
    /// list's indentation, else where it ends the stream.
    /// </summary>
    private Mark ListEndAtEndOfText(int indent)
    {
        var lastLineLength = _text.Length - (_text.LastIndexOf('\n') + 1);
        return lastLineLength > 0 && indent > lastLineLength
            ? new Mark(_text.Length, 1 + _text.AsSpan().Count('\n'), lastLineLength + 1)
            : StreamEndMark();
    }

    /// <summary>YamlDotNet ends the stream at the start of the line after the last one with text, even without a final line break.</summary>
    private Mark StreamEndMark()
    {
        var lines = 1 + _text.AsSpan().Count('\n');
        var lastLineEmpty = _text.Length == 0 || _text[^1] == '\n';
        return new Mark(_text.Length, lastLineEmpty ? lines : lines + 1, 1);
    }
}
