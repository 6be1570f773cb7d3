using CareerPaths.Content.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace CareerPaths.Content.Loading;

/// <summary>
/// Walks a YAML text as a flat stream of parser events, before anything builds a tree from it, and
/// finds what the tree loader would choke on or report badly: nesting past the limit (the loader
/// recurses), aliases that expand past the limit, a key written twice, a second document, and
/// any parse failure, with the line where the parser stopped.
/// </summary>
internal static class YamlShape
{
    /// <returns>The problem found, or null when the text is safe to load.</returns>
    /// <param name="lineOffset">Lines in the file above the YAML text (front matter starts below its ---).</param>
    /// <param name="events">Receives every event walked, for <see cref="YamlTree"/>; complete only when no problem is found.</param>
    public static (TextPosition Position, string Message)? Check(string yaml, int lineOffset, List<ParsingEvent> events)
    {
        var scanner = new Scanner(new StringReader(yaml));
        var parser = new Parser(scanner);
        var walk = new Walk(lineOffset);
        try
        {
            while (parser.MoveNext())
            {
                if (walk.Visit(parser.Current!) is { } problem)
                {
                    return problem;
                }

                events.Add(parser.Current!);
            }

            return null;
        }
        catch (YamlException ex) when (YamlMessages.IsAboutTabs(ex) && TabIndentedLine(yaml) is { } line)
        {
            return (walk.At(new Mark(0, line, 1)), YamlMessages.Describe(ex));
        }
        catch (YamlException ex)
        {
            return (walk.At(ex.Start), YamlMessages.Describe(ex));
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or FormatException or OverflowException or NotSupportedException)
        {
            // YamlDotNet's scanner throws these too, without a position. The last construct the
            // parser opened (an unclosed [ or quote) is usually the culprit; else where it stopped.
            return (walk.At(parser.Current?.Start ?? scanner.CurrentPosition), YamlMessages.Unreadable);
        }
    }

    /// <summary>YAML forbids tabs in indentation, and the parser reports them far from where they are.</summary>
    private static int? TabIndentedLine(string yaml)
    {
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            if (lines[i].AsSpan(0, indent).Contains('\t'))
            {
                return i + 1;
            }
        }

        return null;
    }

    /// <summary>The state of the walk: the open collections, the anchors seen and the document count.</summary>
    private sealed class Walk(int lineOffset)
    {
        private readonly Stack<Frame> _open = new();
        private readonly Dictionary<string, long> _anchors = new(StringComparer.Ordinal);
        private int _documents;

        public TextPosition At(Mark mark) => new((int)mark.Line + lineOffset, (int)mark.Column);

        public (TextPosition, string)? Visit(ParsingEvent e) => e switch
        {
            DocumentStart when ++_documents > 1 =>
                (At(e.Start), "a line --- starts a second set of settings here \u2014 a file holds one set; remove the extra ---"),
            MappingStart or SequenceStart when _open.Count >= ContentLimits.MaxYamlDepth =>
                (At(e.Start), $"the settings are nested more than {ContentLimits.MaxYamlDepth} levels deep \u2014 content never needs this; check the indentation and brackets"),
            MappingStart m => Open(new Frame(m.Anchor.IsEmpty ? null : m.Anchor.Value, isMapping: true)),
            SequenceStart s => Open(new Frame(s.Anchor.IsEmpty ? null : s.Anchor.Value, isMapping: false)),
            MappingEnd or SequenceEnd => Close(_open.Pop(), e),
            Scalar scalar => Completed(scalar, 1, scalar.Anchor.IsEmpty ? null : scalar.Anchor.Value),
            AnchorAlias alias => _anchors.TryGetValue(alias.Value.Value, out var size)
                ? Completed(alias, size, anchor: null)
                : (At(e.Start), $"the alias *{alias.Value.Value} refers to no anchor &{alias.Value.Value} above it"),
            _ => null,
        };

        private (TextPosition, string)? Open(Frame frame)
        {
            _open.Push(frame);
            return null;
        }

        /// <summary>A closed collection counts as one value plus everything in it.</summary>
        private (TextPosition, string)? Close(Frame frame, ParsingEvent end) => Completed(end, frame.Size + 1, frame.Anchor);

        private (TextPosition, string)? Completed(ParsingEvent node, long size, string? anchor)
        {
            if (anchor is not null)
            {
                _anchors[anchor] = size;
            }

            if (!_open.TryPeek(out var parent))
            {
                return size > ContentLimits.MaxYamlValues ? TooMany(node.Start) : null;
            }

            parent.Size += size;
            if (parent.Size > ContentLimits.MaxYamlValues)
            {
                return TooMany(node.Start);
            }

            return parent.IsMapping ? parent.Child(node as Scalar, this) : null;
        }

        private (TextPosition, string) TooMany(Mark at) =>
            (At(at), $"this file expands to more than {ContentLimits.MaxYamlValues:N0} values (aliases written *name repeat what they point at) \u2014 write the values out instead of repeating aliases");
    }

    /// <summary>One open list or mapping: its size so far, and for a mapping the keys it has seen.</summary>
    private sealed class Frame(string? anchor, bool isMapping)
    {
        private readonly Dictionary<string, int> _keys = new(StringComparer.Ordinal);
        private bool _expectKey = true;

        public string? Anchor { get; } = anchor;

        public bool IsMapping { get; } = isMapping;

        public long Size { get; set; }

        /// <summary>Keys and values alternate; a scalar key written twice is reported at its second line.</summary>
        public (TextPosition, string)? Child(Scalar? key, Walk walk)
        {
            var wasKey = _expectKey;
            _expectKey = !_expectKey;
            if (!wasKey || key is null)
            {
                return null;
            }

            var at = walk.At(key.Start);
            if (_keys.TryGetValue(key.Value, out var firstLine))
            {
                return (at, $"'{key.Value}' is written twice (first on line {firstLine}) \u2014 keep one of them");
            }

            _keys[key.Value] = at.Line;
            return null;
        }
    }
}
