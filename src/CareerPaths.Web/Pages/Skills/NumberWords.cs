using CareerPaths.Content.Model;

namespace CareerPaths.Web.Pages.Skills;

/// <summary>
/// Small counts in words, as in running text ("needed by three roles"), and larger ones in digits
/// written the language's way. The words are a comma-separated list in the interface text, from zero to ten.
/// </summary>
internal static class NumberWords
{
    public static string Of(InterfaceText text, string wordsKey, int count)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = text[wordsKey].Split(',', StringSplitOptions.TrimEntries);
        return count >= 0 && count < words.Length ? words[count] : text.Number(count);
    }
}
