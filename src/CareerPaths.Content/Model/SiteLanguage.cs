using System.Globalization;

namespace CareerPaths.Content.Model;

/// <summary>
/// A language the site is written in. English is the original at the root; every other language
/// lives under its own prefix ("/es/...") and its translations under the same folder of the content
/// ("content/es/..."), so one code names the address, the folder and the interface file.
/// </summary>
public sealed record SiteLanguage
{
    private SiteLanguage(string code, string nativeName, string openGraphLocale, string groupSeparator, string decimalSeparator)
    {
        Code = code;
        NativeName = nativeName;
        OpenGraphLocale = openGraphLocale;
        // The site runs with invariant globalization (no ICU), where a culture is a named shell:
        // the number format is set here, so it is the same on every machine.
        var format = (NumberFormatInfo)NumberFormatInfo.InvariantInfo.Clone();
        format.NumberGroupSeparator = groupSeparator;
        format.NumberDecimalSeparator = decimalSeparator;
        format.CurrencyGroupSeparator = groupSeparator;
        format.CurrencyDecimalSeparator = decimalSeparator;
        var culture = new CultureInfo(code) { NumberFormat = format };
        Culture = CultureInfo.ReadOnly(culture);
    }

    /// <summary>The original language, served at the root, that every translation is made from.</summary>
    public static SiteLanguage English { get; } = new("en", "English", "en_US", ",", ".");

    /// <summary>Neutral international Spanish; numbers are written the Spanish way (75.000).</summary>
    public static SiteLanguage Spanish { get; } = new("es", "Español", "es_ES", ".", ",");

    /// <summary>Every language, the original first.</summary>
    public static IReadOnlyList<SiteLanguage> All { get; } = [English, Spanish];

    /// <summary>The languages made by translating the original.</summary>
    public static IReadOnlyList<SiteLanguage> Translations { get; } = [Spanish];

    /// <summary>The ISO 639-1 code: the hreflang, the html lang, the address prefix and the content folder.</summary>
    public string Code { get; }

    /// <summary>The language's name in itself, as the switcher offers it: "Español".</summary>
    public string NativeName { get; }

    /// <summary>Formats numbers and dates the way readers of the language expect.</summary>
    public CultureInfo Culture { get; }

    public string OpenGraphLocale { get; }

    public bool IsOriginal => ReferenceEquals(this, English);

    /// <summary>What goes before a page's address: "" for the original, "/es" for Spanish.</summary>
    public string PathPrefix => IsOriginal ? string.Empty : "/" + Code;

    /// <summary>The folder of the content that holds this language's translations: "es/"; empty for the original.</summary>
    public string ContentFolder => IsOriginal ? string.Empty : Code + "/";

    /// <summary>The file of the interface text: "i18n/es.yml".</summary>
    public string InterfaceFile => $"i18n/{Code}.yml";

    public static SiteLanguage? Find(string? code) =>
        All.FirstOrDefault(l => string.Equals(l.Code, code, StringComparison.OrdinalIgnoreCase));

    /// <summary>The language an address is in: Spanish for "/es" and "/es/...", else the original.</summary>
    public static SiteLanguage OfPath(string? path)
    {
        foreach (var language in Translations)
        {
            if (path is not null && path.StartsWith(language.PathPrefix, StringComparison.OrdinalIgnoreCase)
                && (path.Length == language.PathPrefix.Length || path[language.PathPrefix.Length] == '/'))
            {
                return language;
            }
        }

        return English;
    }

    public override string ToString() => Code;
}
