using YamlDotNet.Core.Events;

namespace CareerPaths.Content.Loading;

/// <summary>
/// Builds the values of the first document from parser events that <see cref="YamlShape"/> has
/// already checked: nesting within the limit, every alias pointing at an anchor above it, and the
/// expanded size within the limit. An alias becomes the value its anchor names, as YamlDotNet's
/// own tree loader does.
/// </summary>
internal sealed class YamlTree
{
    private readonly IReadOnlyList<ParsingEvent> _events;
    private readonly Dictionary<string, YamlValue> _anchors = new(StringComparer.Ordinal);
    private int _next;

    private YamlTree(IReadOnlyList<ParsingEvent> events) => _events = events;

    /// <returns>The first document's root value, or null when the text holds no document.</returns>
    public static YamlValue? FromEvents(IReadOnlyList<ParsingEvent> events)
    {
        var tree = new YamlTree(events);
        while (tree._next < events.Count)
        {
            if (events[tree._next++] is DocumentStart)
            {
                return tree.Read();
            }
        }

        return null;
    }

    private YamlValue Read()
    {
        var e = _events[_next++];
        var value = e switch
        {
            Scalar scalar => new YamlScalarValue(scalar.Value, Line(e), Column(e)),
            SequenceStart => ReadList(e),
            MappingStart => ReadMap(e),
            AnchorAlias alias => _anchors[alias.Value.Value],
            _ => throw new InvalidOperationException($"unexpected YAML event {e.GetType().Name} at line {e.Start.Line}"),
        };
        if (e is NodeEvent { Anchor.IsEmpty: false } node)
        {
            _anchors[node.Anchor.Value] = value;
        }

        return value;
    }

    private YamlListValue ReadList(ParsingEvent start)
    {
        var items = new List<YamlValue>();
        while (_events[_next] is not SequenceEnd)
        {
            items.Add(Read());
        }

        _next++;
        return new YamlListValue(items, Line(start), Column(start));
    }

    private YamlMapValue ReadMap(ParsingEvent start)
    {
        var entries = new List<KeyValuePair<YamlValue, YamlValue>>();
        while (_events[_next] is not MappingEnd)
        {
            var key = Read();
            entries.Add(new(key, Read()));
        }

        _next++;
        return new YamlMapValue(entries, Line(start), Column(start));
    }

    private static int Line(ParsingEvent e) => (int)e.Start.Line;

    private static int Column(ParsingEvent e) => (int)e.Start.Column;
}
