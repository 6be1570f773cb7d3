using CareerPaths.Content.Model;

namespace CareerPaths.Web.Pages.Common;

/// <summary>Small wording helpers for sentences built around content values.</summary>
internal static class Text
{
    private static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

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
    /// <paramref name="key"/>-other: {count} is the number in words up to ten (common.number-words),
    /// as in running text, and in digits beyond.
    /// </summary>
    public static string Count(InterfaceText text, int count, string key)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = text["common.number-words"].Split(',', StringSplitOptions.TrimEntries);
        var number = count >= 0 && count < words.Length ? words[count] : text.Number(count);
        return text[$"{key}-{(count == 1 ? "one" : "other")}", ("count", number)];
    }

    /// <summary>A date as the page's language writes it: "30 June 2026", "30 de junio de 2026".</summary>
    public static string Date(InterfaceText text, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text["common.date", ("day", date.Day), ("month", text[$"common.month-{Months[date.Month - 1]}"]), ("year", date.Year)];
    }

    /// <summary>Names in a list joined by the language's "and": "Advanced and Executive".</summary>
    public static string And(InterfaceText text, IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Join($" {text["common.and"]} ", names);
    }

    /// <summary>
    /// A text split around one of its placeholders, for a view that puts markup (a date, a link)
    /// in its place: "Retires {date}" is ("Retires ", ""). Without the placeholder, all of it comes before.
    /// </summary>
    public static (string Before, string After) Around(string text, string name)
    {
        ArgumentNullException.ThrowIfNull(text);
        var placeholder = "{" + name + "}";
        var at = text.IndexOf(placeholder, StringComparison.Ordinal);
        return at < 0 ? (text, string.Empty) : (text[..at], text[(at + placeholder.Length)..]);
    }

    /// <summary>A list item from the middle of a seed sentence, with its first letter capitalized for display.</summary>
    public static string Sentence(string item) =>
        string.IsNullOrEmpty(item) ? item : char.ToUpperInvariant(item[0]) + item[1..];
}
