using CareerPaths.Content.Diagnostics;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace CareerPaths.Content.Loading;

/// <summary>
/// Parses YAML text into a mapping. The text is first walked as a flat event stream
/// (<see cref="YamlShape"/>), so only text that is known to parse, within the limits, reaches the
/// tree loader; its errors carry the file's own line numbers. The loader is fed the events that
/// walk recorded, so the text is scanned once.
/// </summary>
internal static class YamlText
{
    public static YamlMappingNode? ParseMapping(string yaml, string path, int lineOffset, ContentErrors errors)
    {
        if (string.IsNullOrWhiteSpace(yaml))
        {
            errors.Add(path, new TextPosition(lineOffset + 1, 1), "there are no settings here \u2014 put them between the first two --- lines; an extra --- line ends them early");
            return null;
        }

        var events = new List<ParsingEvent>();
        if (YamlShape.Check(yaml, lineOffset, events) is { } problem)
        {
            errors.Add(path, problem.Position, problem.Message);
            return null;
        }

        var stream = new YamlStream();
        stream.Load(new YamlEventReplay(events));
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            errors.Add(path, new TextPosition(1 + lineOffset, 1), "expected settings written as `name: value` lines");
            return null;
        }

        return mapping;
    }
}
