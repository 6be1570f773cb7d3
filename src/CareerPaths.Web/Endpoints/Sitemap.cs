using System.Xml.Linq;
using CareerPaths.Content.Model;
using CareerPaths.Content.Validation;

namespace CareerPaths.Web.Endpoints;

/// <summary>The pages a visitor can reach: used for sitemap.xml and, the same list, for the static export.</summary>
public static class Sitemap
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>Every HTML page's path, in a stable order.</summary>
    public static IReadOnlyList<string> PagePaths(Catalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var fixedPages = SitePaths.Fixed.Where(p => !p.StartsWith("/data/", StringComparison.Ordinal));
        return
        [
            .. fixedPages,
            .. catalog.Tracks.Select(t => SitePaths.Track(t.Slug)),
            .. catalog.Tracks.Select(t => SitePaths.TrackPrint(t.Slug)),
            .. catalog.Roles.Select(r => SitePaths.Role(r.Slug)),
            .. catalog.Guides.Select(g => SitePaths.Guide(g.Slug)),
        ];
    }

    public static string Write(Catalog catalog, Func<string, string> absolute)
    {
        ArgumentNullException.ThrowIfNull(absolute);
        var urls = PagePaths(catalog).Select(path => new XElement(Ns + "url", new XElement(Ns + "loc", absolute(path))));
        var document = new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement(Ns + "urlset", urls));
        return document.Declaration + "\n" + document.Root;
    }
}
