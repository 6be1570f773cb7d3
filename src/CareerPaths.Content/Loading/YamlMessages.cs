using YamlDotNet.Core;

namespace CareerPaths.Content.Loading;

/// <summary>Turns YamlDotNet's parser messages into sentences an editor can act on.</summary>
internal static class YamlMessages
{
    public const string Unreadable = "this is not valid YAML: the text cannot be read as settings from here on \u2014 check for an unclosed [ or {, an unclosed quote, or a colon inside text that is not quoted";

    private const string Hint = " \u2014 check the indentation and quote text that contains ': '";

    public static bool IsAboutTabs(YamlException ex) => MessageOf(ex).Contains(" tab ", StringComparison.OrdinalIgnoreCase);

    public static string Describe(YamlException ex)
    {
        if (IsAboutTabs(ex))
        {
            return "this is not valid YAML: a tab is used for indentation \u2014 indent with spaces only";
        }

        var message = MessageOf(ex);
        if (message.Contains("quoted scalar", StringComparison.Ordinal))
        {
            return "this is not valid YAML: the quote that opens here is not closed \u2014 end the text with the same quote mark, on the same line";
        }

        var paren = message.IndexOf("(Line", StringComparison.Ordinal);
        var text = (paren > 0 ? message[..paren] : message).Trim().TrimEnd('.');
        var sentence = text.Length > 0 ? char.ToLowerInvariant(text[0]) + text[1..] : "unreadable YAML";
        return $"this is not valid YAML: {sentence}{Hint}";
    }

    private static string MessageOf(YamlException ex)
    {
        ArgumentNullException.ThrowIfNull(ex);
        return (ex.InnerException as YamlException)?.Message ?? ex.Message;
    }
}
