using System.Xml.Linq;
using CareerPaths.Content.Addresses;
using CareerPaths.Content.Model;
using CareerPaths.Web.LiveContent;

namespace CareerPaths.Web.Endpoints;

/// <summary>
/// sitemap.xml: every page a visitor can reach in each language (<see cref="SitePages.Translated"/>),
/// each with its twins in the other languages as xhtml:link alternates, as search engines read
/// hreflang from sitemaps. A page not translated yet is listed in English only.
/// </summary>
internal static class Sitemap
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    public static string Write(CatalogSnapshot snapshot, Func<SitePath, SiteLanguage, string> absolute)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(absolute);
        var listed = SiteLanguage.All.ToDictionary(l => l, l => SitePages.Translated(snapshot.Edition(l).Catalog).ToHashSet());
        var urls = SiteLanguage.All.SelectMany(language => SitePages.All(snapshot.Catalog)
            .Where(listed[language].Contains)
            .Select(path => new XElement(
                Ns + "url",
                new XElement(Ns + "loc", absolute(path, language)),
                Alternates(path, listed, absolute))));
        var document = new XDocument(
            new XDeclaration("1.0", "utf-8", null),
            new XElement(Ns + "urlset", new XAttribute(XNamespace.Xmlns + "xhtml", Xhtml), urls));
        return document.Declaration + "\n" + document.Root;
    }

    /// <summary>The page in every language it is listed in, and x-default (the original) when there is more than one.</summary>
    private static IEnumerable<XElement> Alternates(SitePath path, Dictionary<SiteLanguage, HashSet<SitePath>> listed, Func<SitePath, SiteLanguage, string> absolute)
    {
        var languages = SiteLanguage.All.Where(l => listed[l].Contains(path)).ToList();
        if (languages.Count < 2)
        {
            return [];
        }

        return languages.Select(l => Link(l.Code, absolute(path, l)))
            .Append(Link("x-default", absolute(path, SiteLanguage.English)));
    }

    private static XElement Link(string hreflang, string href) =>
        new(Xhtml + "link", new XAttribute("rel", "alternate"), new XAttribute("hreflang", hreflang), new XAttribute("href", href));
}
