using CareerPaths.Content.Model;

namespace CareerPaths.Web.Pages.Common;

/// <summary>Small wording helpers for sentences built around content values.</summary>
internal static class Text
{
    /// <summary>"an" before a vowel sound ("an Entry-Level role"), otherwise "a".</summary>
    public static string Article(string word) =>
        !string.IsNullOrEmpty(word) && "AEIOUaeiou".Contains(word[0], StringComparison.Ordinal) ? "an" : "a";

    /// <summary>"four levels", "one track": small counts in words, as in running text, and larger ones in digits.</summary>
    public static string Count(int count, string noun)
    {
        string[] words = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
        var number = count >= 0 && count < words.Length ? words[count] : count.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture);
        return $"{number} {noun}{(count == 1 ? string.Empty : "s")}";
    }

    /// <summary>
    /// A counted phrase in the page's language, from the keys <paramref name="key"/>-one and
    /// <paramref name="key"/>-other: {count} is the number in words up to ten, as in running text.
    /// </summary>
    public static string Count(InterfaceText text, int count, string key)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text[$"{key}-{(count == 1 ? "one" : "other")}", ("count", text.CountWord(count))];
    }

    /// <summary>Names in a list joined by the language's "and": "Advanced and Executive".</summary>
    public static string And(InterfaceText text, IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Join($" {text["common.and"]} ", names);
    }

    /// <summary>A list item from the middle of a seed sentence, with its first letter capitalized for display.</summary>
    public static string Sentence(string item) =>
        string.IsNullOrEmpty(item) ? item : char.ToUpperInvariant(item[0]) + item[1..];
}
