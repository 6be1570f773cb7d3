using CareerPaths.Content.Addresses;
using CareerPaths.Content.Model;
using CareerPaths.Web.Addresses;
using CareerPaths.Web.Caching;

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
            endpoints.MapGet(SiteLinks.InLanguage(SiteMap.CareersJson, language), context =>
                EndpointContext.Text(context, CareersJson.Write(EndpointContext.Store(context).Current.Edition(language).Catalog, EndpointContext.Links(context).Href), "application/json; charset=utf-8"))
                .CacheOutput(PageCaching.Policy);
            endpoints.MapGet(SiteLinks.InLanguage(SiteMap.CareersCsv, language), context =>
                EndpointContext.Text(context, CareersCsv.Write(EndpointContext.Store(context).Current.Edition(language).Catalog, EndpointContext.Links(context).Href), "text/csv; charset=utf-8; header=present"))
                .CacheOutput(PageCaching.Policy);
        }

        endpoints.MapGet(SiteMap.SitemapXml.Value, context =>
            EndpointContext.Text(context, Sitemap.Write(EndpointContext.Store(context).Current, EndpointContext.Links(context).Absolute), "application/xml; charset=utf-8"))
            .CacheOutput(PageCaching.Policy);
        endpoints.MapGet(SiteMap.RobotsTxt.Value, context =>
        {
            var links = EndpointContext.Links(context);
            return EndpointContext.Text(context, $"User-agent: *\nAllow: {links.Href(SiteMap.Home)}\nDisallow: {links.Href(SiteMap.Search())}\n\nSitemap: {links.Absolute(SiteMap.SitemapXml)}\n", "text/plain; charset=utf-8");
        })
            .CacheOutput(PageCaching.Policy);
        return endpoints;
    }
}
