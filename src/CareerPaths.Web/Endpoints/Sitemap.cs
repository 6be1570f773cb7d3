using System.Xml.Linq;
using CareerPaths.Content.Addresses;
using CareerPaths.Content.Model;

namespace CareerPaths.Web.Endpoints;

/// <summary>sitemap.xml: every page a visitor can reach (<see cref="SitePages.All"/>, the list the static export writes too).</summary>
internal static class Sitemap
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static string Write(Catalog catalog, Func<SitePath, string> absolute)
    {
        ArgumentNullException.ThrowIfNull(absolute);
        var urls = SitePages.All(catalog).Select(path => new XElement(Ns + "url", new XElement(Ns + "loc", absolute(path))));
        var document = new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement(Ns + "urlset", urls));
        return document.Declaration + "\n" + document.Root;
    }
}
