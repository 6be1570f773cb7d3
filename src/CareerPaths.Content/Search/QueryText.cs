using System.Globalization;
using System.Text;

namespace CareerPaths.Content.Search;

/// <summary>
/// What a visitor typed, made safe to search: cut to a length, with control characters and broken
/// UTF-16 turned into spaces and compatibility forms (full-width letters, ligatures) folded. The
/// text is only ever split into words by the analyzer; nothing in it is read as query syntax, so
/// <c>title:*</c>, <c>a~99999</c> or an unclosed quote are just words and punctuation.
/// </summary>
public static class QueryText
{
    public const int MaxLength = 200;

    /// <summary>At most this many words are searched for.</summary>
    public const int MaxWords = 12;

    public static string Clean(string? raw)
    {
        if (string.IsNullOrEmpty(raw))
        {
            return string.Empty;
        }

        var text = raw.Length > MaxLength * 4 ? raw[..(MaxLength * 4)] : raw;
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c) || char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                builder.Append(' ');
            }
            else
            {
                builder.Append(c);
            }
        }

        var folded = builder.ToString().Normalize(NormalizationForm.FormKC);
        var collapsed = string.Join(' ', folded.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return Cut(collapsed);
    }

    /// <summary>Cuts at a space before the limit, so a long query does not end in half a word.</summary>
    private static string Cut(string text)
    {
        if (text.Length <= MaxLength)
        {
            return text;
        }

        var space = text.LastIndexOf(' ', MaxLength);
        var end = space > MaxLength / 2 ? space : MaxLength;
        if (char.IsHighSurrogate(text[end - 1]))
        {
            end--;
        }

        return text[..end];
    }
}
