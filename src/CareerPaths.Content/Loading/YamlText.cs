using CareerPaths.Content.Model;
using CareerPaths.Content.Validation;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CareerPaths.Content.Loading;

/// <summary>Parses YAML text into a mapping, turning YamlDotNet's exceptions into errors with the file's own line numbers.</summary>
internal static class YamlText
{
    public static YamlMappingNode? ParseMapping(string yaml, string path, int lineOffset, ContentErrors errors)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            var position = new TextPosition((int)ex.Start.Line + lineOffset, (int)ex.Start.Column);
            errors.Add(path, position, $"this is not valid YAML: {Describe(ex)} \u2014 check the indentation and quote text that contains ': '");
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            errors.Add(path, new TextPosition(1 + lineOffset, 1), "expected settings written as `name: value` lines");
            return null;
        }

        return mapping;
    }

    private static string Describe(YamlException ex)
    {
        var message = (ex.InnerException as YamlException)?.Message ?? ex.Message;
        var paren = message.IndexOf("(Line", StringComparison.Ordinal);
        var text = (paren > 0 ? message[..paren] : message).Trim().TrimEnd('.');
        return text.Length > 0 ? char.ToLowerInvariant(text[0]) + text[1..] : "unreadable YAML";
    }
}
