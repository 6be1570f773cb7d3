using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace CareerPaths.Content.Model;

/// <summary>
/// The words around the content in one language (navigation, headings, labels, messages), read
/// from i18n/&lt;code&gt;.yml so editors change them without a rebuild. Keys are dotted paths
/// ("nav.roles"); placeholders are named in braces ("{count} roles") so a translator can move them.
/// </summary>
public sealed partial class InterfaceText
{
    private readonly FrozenDictionary<string, string> _texts;

    public InterfaceText(SiteLanguage language, IReadOnlyDictionary<string, string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        Language = language;
        _texts = texts.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public static InterfaceText Empty(SiteLanguage language) => new(language, new Dictionary<string, string>());

    public SiteLanguage Language { get; }

    public IEnumerable<string> Keys => _texts.Keys;

    public int Count => _texts.Count;

    /// <summary>The text of a key; the key itself when it is missing, which validate reports and a test forbids.</summary>
    public string this[string key] => _texts.GetValueOrDefault(key) ?? key;

    /// <summary>The text of a key with its placeholders filled: T["roles.count", ("count", 3)].</summary>
    public string this[string key, params (string Name, object? Value)[] values] => Fill(this[key], values);

    public bool Has(string key) => _texts.ContainsKey(key);

    /// <summary>Puts each value in its {name}, numbers formatted for the language ("75.000" in Spanish).</summary>
    public string Fill(string text, params (string Name, object? Value)[] values)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(values);
        foreach (var (name, value) in values)
        {
            var formatted = value is IFormattable f ? f.ToString(null, Language.Culture) : value?.ToString() ?? string.Empty;
            text = text.Replace("{" + name + "}", formatted, StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>The names of the placeholders a text has: "{count} roles" has "count".</summary>
    public static IReadOnlySet<string> PlaceholdersOf(string text) =>
        Placeholder().Matches(text ?? string.Empty).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    /// <summary>A whole number the way the language writes it: 75,000 or 75.000.</summary>
    public string Number(int value) => value.ToString("#,0", Language.Culture);

    /// <summary>
    /// A small count in words, as running text writes it before a noun ("three roles", "tres
    /// puestos"), from format.number-words (zero to ten); larger counts in digits, the language's way.
    /// </summary>
    public string CountWord(int count)
    {
        var words = this["format.number-words"].Split(',', StringSplitOptions.TrimEntries);
        return count >= 0 && count < words.Length ? words[count] : Number(count);
    }

    /// <summary>
    /// A date for reading, "2 December 2026" or "2 de diciembre de 2026", from format.date and
    /// format.months: the site runs with invariant globalization, so cultures carry no month names.
    /// </summary>
    public string Date(DateOnly date)
    {
        var months = this["format.months"].Split(',', StringSplitOptions.TrimEntries);
        var month = months.Length == 12 ? months[date.Month - 1] : date.ToString("MMMM", System.Globalization.CultureInfo.InvariantCulture);
        return this["format.date", ("day", date.Day), ("month", month), ("year", date.Year)];
    }

    /// <summary>An amount in US dollars, written the language's way: "$75,000" or "US$75.000" (format.dollars).</summary>
    public string Dollars(int amount) => this["format.dollars", ("amount", Number(amount))];

    /// <summary>A salary range: "$75,000 – $100,000", "$250,000+" at the open top.</summary>
    public string Salary(SalaryRange salary)
    {
        ArgumentNullException.ThrowIfNull(salary);
        return $"{Dollars(salary.Min)}\u00a0\u2013 {SalaryMax(salary)}";
    }

    public string SalaryMin(SalaryRange salary) => Dollars(salary?.Min ?? 0);

    public string SalaryMax(SalaryRange salary)
    {
        ArgumentNullException.ThrowIfNull(salary);
        return Dollars(salary.Max) + (salary.OpenEnded ? "+" : string.Empty);
    }

    /// <summary>A level's years of experience: "0–2 years", or "10+ years" for an open top level.</summary>
    public string Years(Level level)
    {
        ArgumentNullException.ThrowIfNull(level);
        return level.YearsMax is { } max
            ? this["format.years-range", ("min", level.YearsMin), ("max", max)]
            : this["format.years-open", ("min", level.YearsMin)];
    }

    [GeneratedRegex(@"\{([a-z][a-z0-9_]*)\}")]
    private static partial Regex Placeholder();
}
