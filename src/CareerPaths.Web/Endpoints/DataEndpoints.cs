using CareerPaths.Content.Addresses;
using CareerPaths.Content.Model;
using CareerPaths.Web.Addresses;
using CareerPaths.Web.Caching;
using CareerPaths.Web.LiveContent;

namespace CareerPaths.Web.Endpoints;

/// <summary>The machine-readable endpoints: the data set, sitemap.xml and robots.txt. Like pages, each is built once per catalog version.</summary>
internal static class DataEndpoints
{
    public static IEndpointRouteBuilder MapDataEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        // The data set in each language, with the same schema: /data/careers.json and /es/data/careers.json.
        foreach (var language in SiteLanguage.All)
        {
            endpoints.MapGet(SiteLinks.InLanguage(SiteMap.CareersJson, language), (CatalogStore store, SiteLinks links) =>
                Results.Text(CareersJson.Write(store.Current.Edition(language).Catalog, links.Href), "application/json; charset=utf-8"))
                .CacheOutput(PageCaching.Policy);
            endpoints.MapGet(SiteLinks.InLanguage(SiteMap.CareersCsv, language), (CatalogStore store, SiteLinks links) =>
                Results.Text(CareersCsv.Write(store.Current.Edition(language).Catalog, links.Href), "text/csv; charset=utf-8; header=present"))
                .CacheOutput(PageCaching.Policy);
        }

        endpoints.MapGet(SiteMap.SitemapXml.Value, (CatalogStore store, SiteLinks links) =>
            Results.Text(Sitemap.Write(store.Current, links.Absolute), "application/xml; charset=utf-8"))
            .CacheOutput(PageCaching.Policy);
        endpoints.MapGet(SiteMap.RobotsTxt.Value, (SiteLinks links) =>
            Results.Text($"User-agent: *\nAllow: {links.Href(SiteMap.Home)}\nDisallow: {links.Href(SiteMap.Search())}\n\nSitemap: {links.Absolute(SiteMap.SitemapXml)}\n", "text/plain; charset=utf-8"))
            .CacheOutput(PageCaching.Policy);
        return endpoints;
    }
}
