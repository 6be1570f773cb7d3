using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace CareerPaths.Content.Loading;

/// <summary>
/// Plays back the parser events <see cref="YamlShape"/> recorded, so the tree loader builds its
/// nodes without scanning the text a second time (scanning is most of the cost of a YAML load).
/// </summary>
internal sealed class YamlEventReplay(IReadOnlyList<ParsingEvent> events) : IParser
{
    private int _next;

    public ParsingEvent? Current { get; private set; }

    public bool MoveNext()
    {
        Current = _next < events.Count ? events[_next++] : null;
        return Current is not null;
    }
}
