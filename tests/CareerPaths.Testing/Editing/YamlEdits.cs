using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace CareerPaths.Testing;

/// <summary>
/// Changes a YAML table or a Markdown file's front matter through YamlDotNet's document model,
/// as an editor's change would, so the edit holds whatever layout or list style the file uses.
/// Comments are dropped on the way; the loader never reads them.
/// </summary>
public static partial class YamlEdits
{
    public static void EditTable(string path, Action<YamlMappingNode> edit)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(path)));
        edit((YamlMappingNode)stream.Documents[0].RootNode);
        File.WriteAllText(path, Save(stream));
    }

    /// <summary>Edits the settings between the two --- lines and leaves the Markdown below them as it was.</summary>
    public static void EditFrontMatter(string path, Action<YamlMappingNode> edit)
    {
        var match = FrontMatter().Match(File.ReadAllText(path));
        var stream = new YamlStream();
        stream.Load(new StringReader(match.Groups["yaml"].Value));
        edit((YamlMappingNode)stream.Documents[0].RootNode);
        File.WriteAllText(path, $"---\n{Save(stream).TrimEnd()}\n---\n{match.Groups["body"].Value}");
    }

    /// <summary>Takes a slug out of a list field. An optional list left empty goes, as an editor would delete the line; a required one stays as [].</summary>
    public static bool RemoveFromList(YamlMappingNode mapping, string key, string value, bool required)
    {
        if (!mapping.Children.TryGetValue(new YamlScalarNode(key), out var node) || node is not YamlSequenceNode list)
        {
            return false;
        }

        var removed = list.Children.Where(item => item is YamlScalarNode { Value: var v } && v == value).ToList();
        foreach (var item in removed)
        {
            list.Children.Remove(item);
        }

        if (list.Children.Count == 0 && removed.Count > 0 && !required)
        {
            mapping.Children.Remove(new YamlScalarNode(key));
        }

        return removed.Count > 0;
    }

    /// <summary>A mapping of plain text fields, written in the order given.</summary>
    public static YamlMappingNode Mapping(params (string Key, string Value)[] fields)
    {
        var mapping = new YamlMappingNode();
        foreach (var (key, value) in fields)
        {
            mapping.Add(key, value);
        }

        return mapping;
    }

    private static string Save(YamlStream stream)
    {
        using var writer = new StringWriter();
        stream.Save(writer, assignAnchors: false);

        // YamlDotNet closes each document with "...", which is valid YAML but not what editors write.
        return EndMarker().Replace(writer.ToString(), string.Empty);
    }

    [GeneratedRegex(@"\A---\r?\n(?<yaml>.*?)\r?\n---(?:\r?\n(?<body>.*))?\z", RegexOptions.Singleline)]
    private static partial Regex FrontMatter();

    [GeneratedRegex(@"^\.\.\.\s*\z", RegexOptions.Multiline)]
    private static partial Regex EndMarker();
}
