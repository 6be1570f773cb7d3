using Microsoft.AspNetCore.Html;

namespace CareerPaths.Web.Pages;

/// <summary>
/// A translated sentence with markup inside it, such as a link, wherever the translation puts it.
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
}
