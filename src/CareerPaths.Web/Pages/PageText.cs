using CareerPaths.Content.Model;
using Microsoft.AspNetCore.Html;

namespace CareerPaths.Web.Pages;

/// <summary>
/// Helpers for interface texts that hold more than words: a translated sentence with a link inside
/// it, small counts written as words, and messages the guidance code words in English.
/// </summary>
internal static class PageText
{
    /// <summary>
    /// A translated sentence with markup in its placeholders ("See the {link} for the {track} track."):
    /// the words are encoded as any text is, and each named part goes where the translation puts it.
    /// </summary>
    public static IHtmlContent Compose(string text, params (string Name, IHtmlContent Html)[] parts)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(parts);
        var builder = new HtmlContentBuilder();
        var start = 0;
        while (start < text.Length)
        {
            var (at, part) = parts
                .Select(p => (At: text.IndexOf("{" + p.Name + "}", start, StringComparison.Ordinal), Part: p))
                .Where(p => p.At >= 0)
                .OrderBy(p => p.At)
                .FirstOrDefault((-1, default));
            if (at < 0)
            {
                break;
            }

            builder.Append(text[start..at]);
            builder.AppendHtml(part.Html);
            start = at + part.Name.Length + 2;
        }

        builder.Append(text[start..]);
        return builder;
    }

    /// <summary>
    /// A small count as the language writes it in running text ("two", "dos"), from the comma-separated
    /// words for 0 to 10 in <paramref name="wordsKey"/>; larger counts in digits.
    /// </summary>
    public static string CountWord(InterfaceText text, string wordsKey, int count)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = text[wordsKey].Split(',', StringSplitOptions.TrimEntries);
        return count >= 0 && count < words.Length ? words[count] : text.Number(count);
    }

    /// <summary>
    /// A message worded in English outside the interface text (the guidance in CareerPaths.Content
    /// writes its notices in English), in the page's language: the key whose English text, filled
    /// with its values, is the message gives the translation. Any other message (such as a
    /// background's own words from the catalog) is returned as it is.
    /// </summary>
    public static string FromEnglish(string message, InterfaceText english, InterfaceText text, params (string Key, (string Name, object? Value)[] Values)[] known)
    {
        ArgumentNullException.ThrowIfNull(english);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(known);
        foreach (var (key, values) in known)
        {
            if (string.Equals(english[key, values], message, StringComparison.Ordinal))
            {
                return text[key, values];
            }
        }

        return message;
    }
}
