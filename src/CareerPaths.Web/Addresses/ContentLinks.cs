namespace CareerPaths.Web.Addresses;

/// <summary>
/// Moves the site links in rendered Markdown under a prefix. Markdig writes every link as
/// href="..." with the address HTML-encoded and raw HTML is disabled, so the text href="/ can only
/// come from a link the renderer wrote: a plain replace is exact.
/// </summary>
internal static class ContentLinks
{
    public static string UnderPrefix(string html, string prefix)
    {
        if (prefix.Length == 0)
        {
            return html;
        }

        // Protocol-relative links ("//host") are another site's: put them back as they were.
        return html
            .Replace("href=\"/", $"href=\"{prefix}/", StringComparison.Ordinal)
            .Replace($"href=\"{prefix}//", "href=\"//", StringComparison.Ordinal)
            .Replace("src=\"/", $"src=\"{prefix}/", StringComparison.Ordinal)
            .Replace($"src=\"{prefix}//", "src=\"//", StringComparison.Ordinal);
    }
}
