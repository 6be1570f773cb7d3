using CareerPaths.Content.Addresses;
using CareerPaths.Content.Model;

namespace CareerPaths.Web.Addresses;

/// <summary>
/// Moves the site links in rendered Markdown under a prefix. Markdig writes every link as
/// href="..." with the address HTML-encoded and raw HTML is disabled, so the text href="/ can only
/// come from a link the renderer wrote: a plain replace is exact.
/// </summary>
internal static class ContentLinks
{
    /// <summary>The addresses every language shares, which a link in the content keeps as they are.</summary>
    private static readonly string[] Shared = [.. SitePages.Data.Append(SiteMap.SitemapXml).Where(p => p.IsShared).Select(p => p.Value)];

    public static string UnderPrefix(string html, string basePath, SiteLanguage language)
    {
        var prefix = basePath + language.PathPrefix;
        if (prefix.Length == 0)
        {
            return html;
        }

        // Protocol-relative links ("//host") are another site's: put them back as they were.
        html = html
            .Replace("href=\"/", $"href=\"{prefix}/", StringComparison.Ordinal)
            .Replace($"href=\"{prefix}//", "href=\"//", StringComparison.Ordinal)
            .Replace("src=\"/", $"src=\"{prefix}/", StringComparison.Ordinal)
            .Replace($"src=\"{prefix}//", "src=\"//", StringComparison.Ordinal);
        foreach (var shared in Shared.Where(_ => !language.IsOriginal))
        {
            html = html.Replace($"href=\"{prefix}{shared}", $"href=\"{basePath}{shared}", StringComparison.Ordinal);
        }

        return html;
    }
}
