using System.Text.RegularExpressions;
using CareerPaths.Content.Diagnostics;
using CareerPaths.Content.Model;

namespace CareerPaths.Content.Loading.Translations;

/// <summary>
/// Reads i18n/&lt;code&gt;.yml: nested groups of `key: text`, flattened to dotted keys
/// ("nav.roles"), so editors see the texts grouped by page while code names each one exactly.
/// </summary>
internal static partial class InterfaceTextReader
{
    public const string Folder = "i18n/";

    public static InterfaceTextFile? Read(ContentFile file, ContentErrors errors)
    {
        var code = System.IO.Path.GetFileNameWithoutExtension(file.Path);
        if (SiteLanguage.Find(code) is not { } language || file.Path != language.InterfaceFile)
        {
            var known = string.Join(", ", SiteLanguage.All.Select(l => l.InterfaceFile));
            errors.Add(file.Path, TextPosition.Unknown, $"the site has no language for this file \u2014 its interface texts are {known}");
            return null;
        }

        var mapping = YamlText.ParseMapping(file.Text, file.Path, 0, errors);
        if (mapping is null)
        {
            return null;
        }

        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var positions = new Dictionary<string, TextPosition>(StringComparer.Ordinal);
        Flatten(mapping, string.Empty, file.Path, texts, positions, errors);
        return new InterfaceTextFile(language, file.Path, texts, positions);
    }

    private static void Flatten(YamlMapValue mapping, string prefix, string path, Dictionary<string, string> texts, Dictionary<string, TextPosition> positions, ContentErrors errors)
    {
        foreach (var (keyNode, value) in mapping.Entries)
        {
            var name = (keyNode as YamlScalarValue)?.Text ?? string.Empty;
            var at = new TextPosition(keyNode.Line, keyNode.Column);
            if (!KeyPattern().IsMatch(name))
            {
                errors.Add(path, at, $"'{name}' is not a key the site uses \u2014 keys are lower-case words joined by hyphens or underscores, like not-found");
                continue;
            }

            var key = prefix + name;
            switch (value)
            {
                case YamlMapValue group:
                    Flatten(group, key + ".", path, texts, positions, errors);
                    break;
                case YamlScalarValue { Text: var text } when !string.IsNullOrWhiteSpace(text):
                    texts[key] = text.Trim();
                    positions[key] = at;
                    break;
                default:
                    errors.Add(path, at, $"'{key}' should be one piece of text, like `{name}: Career map`");
                    break;
            }
        }
    }

    [GeneratedRegex("^[a-z0-9]+([-_][a-z0-9]+)*$")]
    private static partial Regex KeyPattern();
}
