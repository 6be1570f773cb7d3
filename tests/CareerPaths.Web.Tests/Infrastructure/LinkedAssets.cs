using System.Text.RegularExpressions;
using AngleSharp.Dom;
using CareerPaths.Testing;

namespace CareerPaths.Web.Tests.Infrastructure;

/// <summary>The files from wwwroot that a page links (its stylesheet and icon), as the page writes them.</summary>
internal static partial class LinkedAssets
{
    public static string WebRoot => Path.Combine(RepositoryPaths.Root, "src", "CareerPaths.Web", "wwwroot");

    /// <summary>Local stylesheets and icons, leaving out the track stylesheet, which the site writes per request.</summary>
    public static IReadOnlyList<string> Of(IDocument page) =>
        [.. page.QuerySelectorAll("link[rel=stylesheet][href], link[rel=icon][href]")
            .Select(l => l.GetAttribute("href")!)
            .Where(h => h.StartsWith('/') && !h.StartsWith("//", StringComparison.Ordinal) && !h.StartsWith("/css/tracks.css", StringComparison.Ordinal))];

    /// <summary>The wwwroot file an address names with its fingerprint taken out, or null when it has no fingerprint.</summary>
    public static string? SourceFile(string href)
    {
        var match = Fingerprinted().Match(href);
        return match.Success ? Path.Combine(WebRoot, match.Groups["name"].Value.TrimStart('/') + match.Groups["ext"].Value) : null;
    }

    /// <summary>name.{fingerprint}.ext, the shape the static assets manifest gives each file.</summary>
    [GeneratedRegex(@"^(?<name>/[^?#]+)\.[a-z0-9]{6,}(?<ext>\.[a-z0-9]+)$")]
    private static partial Regex Fingerprinted();
}
