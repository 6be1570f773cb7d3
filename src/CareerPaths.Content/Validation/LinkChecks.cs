using CareerPaths.Content.Addresses;
using CareerPaths.Content.Diagnostics;
using CareerPaths.Content.Loading;

namespace CareerPaths.Content.Validation;

/// <summary>
/// Checks every link written in Markdown: internal links must lead to a page the site has, and
/// only web and mail links may leave the site, so content can never carry a script: link.
/// </summary>
internal static class LinkChecks
{
    private static readonly string[] SafeSchemes = ["https://", "http://", "mailto:"];

    public static void Check(ReadEntries read, ContentErrors errors)
    {
        var known = SitePages.Known(
            read.SlugsIn("tracks", read.Tracks.Select(t => t.Slug)),
            read.SlugsIn("roles", read.Roles.Select(r => r.Slug)),
            read.SlugsIn("guides", read.Guides.Select(g => g.Slug)),
            read.Skills.Select(s => s.Slug));
        foreach (var link in read.Links)
        {
            var problem = Problem(link.Url, known);
            if (problem is not null)
            {
                errors.Add(link.Path, link.Position, problem);
            }
        }
    }

    private static string? Problem(string url, IReadOnlySet<string> known)
    {
        if (url.Length == 0)
        {
            return "a link has no address \u2014 write it as [text](/roles/some-role)";
        }

        if (url.StartsWith('#') || SafeSchemes.Any(s => url.StartsWith(s, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        if (!url.StartsWith('/') || url.StartsWith("//", StringComparison.Ordinal))
        {
            return url.Contains(':', StringComparison.Ordinal)
                ? $"link '{url}' is not allowed \u2014 only https:, http: and mailto: links may leave the site"
                : $"link '{url}' is relative \u2014 write site links from the root, like /roles/{Path.GetFileNameWithoutExtension(url)}";
        }

        var path = url.Split('#', '?')[0].TrimEnd('/');
        path = path.Length == 0 ? "/" : path;
        if (known.Contains(path))
        {
            return null;
        }

        return $"broken link '{url}' \u2014 no page has that address{Suggestions.Hint(path, known, listChoices: false)}";
    }
}
