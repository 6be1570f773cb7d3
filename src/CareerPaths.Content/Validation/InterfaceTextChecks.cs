using CareerPaths.Content.Diagnostics;
using CareerPaths.Content.Loading;
using CareerPaths.Content.Model;

namespace CareerPaths.Content.Validation;

/// <summary>
/// Every language's interface text has every key, with the same placeholders, so no page shows a
/// key instead of a word, or a sentence with a number missing.
/// </summary>
internal static class InterfaceTextChecks
{
    public static void Check(ReadEntries read, ContentErrors errors)
    {
        var byLanguage = read.InterfaceTexts.ToDictionary(t => t.Language);
        foreach (var language in SiteLanguage.All.Where(l => !byLanguage.ContainsKey(l) && !read.IsUnreadable(l.InterfaceFile)))
        {
            errors.Add(language.InterfaceFile, TextPosition.Unknown,
                $"this file is missing \u2014 the site needs the interface text in {language.NativeName}; copy {errors.Display(SiteLanguage.English.InterfaceFile)} and translate the text after each colon");
        }

        if (!byLanguage.TryGetValue(SiteLanguage.English, out var original))
        {
            return;
        }

        foreach (var translation in byLanguage.Values.Where(t => !t.Language.IsOriginal))
        {
            foreach (var key in original.Texts.Keys.Where(k => !translation.Texts.ContainsKey(k)).Order(StringComparer.Ordinal))
            {
                errors.Add(translation.Path, TextPosition.StartOfFile,
                    $"'{key}' is missing \u2014 {errors.Display(original.Path)} has it (\"{original.Texts[key]}\"); add it here, translated");
            }

            foreach (var (key, text) in translation.Texts)
            {
                if (!original.Texts.TryGetValue(key, out var english))
                {
                    var hint = Suggestions.Hint(key, original.Texts.Keys);
                    errors.Add(translation.Path, translation.Positions[key],
                        $"'{key}' is not in {errors.Display(original.Path)}, so the site never shows it \u2014 keys are the same in every language{hint}");
                }
                else if (!InterfaceText.PlaceholdersOf(english).SetEquals(InterfaceText.PlaceholdersOf(text)))
                {
                    var expected = string.Join(", ", InterfaceText.PlaceholdersOf(english).Order(StringComparer.Ordinal).Select(p => "{" + p + "}"));
                    errors.Add(translation.Path, translation.Positions[key],
                        $"'{key}' must have the same placeholders as the English text: {(expected.Length == 0 ? "none" : expected)} \u2014 keep each name in braces as it is, and move it where the sentence needs it");
                }
            }
        }
    }
}
