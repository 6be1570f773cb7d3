using CareerPaths.Content.Diagnostics;
using YamlDotNet.Core.Events;

namespace CareerPaths.Content.Loading;

/// <summary>
/// Parses YAML text into a mapping. Text in the usual shape is read by <see cref="YamlFastPath"/>;
/// any other text is walked as YamlDotNet's flat event stream (<see cref="YamlShape"/>), so only
/// text that is known to parse, within the limits, reaches <see cref="YamlTree"/>, and its errors
/// carry the file's own line numbers.
/// </summary>
internal static class YamlText
{
    public static YamlMapValue? ParseMapping(string yaml, string path, int lineOffset, ContentErrors errors)
    {
        if (string.IsNullOrWhiteSpace(yaml))
        {
            errors.Add(path, new TextPosition(lineOffset + 1, 1), "there are no settings here \u2014 put them between the first two --- lines; an extra --- line ends them early");
            return null;
        }

        if (YamlFastPath.TryRead(yaml) is { } usual)
        {
            return usual;
        }

        var events = new List<ParsingEvent>();
        if (YamlShape.Check(yaml, lineOffset, events) is { } problem)
        {
            errors.Add(path, problem.Position, problem.Message);
            return null;
        }

        if (YamlTree.FromEvents(events) is not YamlMapValue mapping)
        {
            errors.Add(path, new TextPosition(1 + lineOffset, 1), "expected settings written as `name: value` lines");
            return null;
        }

        return mapping;
    }
}
