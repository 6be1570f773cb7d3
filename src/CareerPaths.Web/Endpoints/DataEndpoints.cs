using CareerPaths.Web.Caching;
using CareerPaths.Web.Hosting;
using CareerPaths.Web.LiveContent;
using CareerPaths.Web.Pages.Common;
using Microsoft.Extensions.Options;

namespace CareerPaths.Web.Endpoints;

/// <summary>The machine-readable endpoints: the data set, sitemap.xml and robots.txt. Like pages, each is built once per catalog version.</summary>
public static class DataEndpoints
{
    public static IEndpointRouteBuilder MapDataEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet("/data/careers.json", (CatalogStore store) =>
            Results.Text(CareersJson.Write(store.Current.Catalog), "application/json; charset=utf-8"))
            .CacheOutput(PageCaching.Policy);
        endpoints.MapGet("/data/careers.csv", (CatalogStore store) =>
            Results.Text(CareersCsv.Write(store.Current.Catalog), "text/csv; charset=utf-8; header=present"))
            .CacheOutput(PageCaching.Policy);
        endpoints.MapGet("/sitemap.xml", (CatalogStore store, HttpRequest request, IOptions<SiteOptions> site) =>
            Results.Text(Sitemap.Write(store.Current.Catalog, path => SiteUrls.Absolute(request, site.Value, path)), "application/xml; charset=utf-8"))
            .CacheOutput(PageCaching.Policy);
        endpoints.MapGet("/robots.txt", (HttpRequest request, IOptions<SiteOptions> site) =>
            Results.Text($"User-agent: *\nAllow: /\nDisallow: /search\n\nSitemap: {SiteUrls.Absolute(request, site.Value, "/sitemap.xml")}\n", "text/plain; charset=utf-8"))
            .CacheOutput(PageCaching.Policy);
        return endpoints;
    }
}
