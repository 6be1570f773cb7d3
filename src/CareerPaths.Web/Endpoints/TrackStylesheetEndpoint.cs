using CareerPaths.Content.Addresses;
using CareerPaths.Web.Styling;

namespace CareerPaths.Web.Endpoints;

/// <summary>
/// Serves the track colours at /css/tracks.css. Requested with the current version it is cached
/// for a year, like the fingerprinted site.css; any other request gets the current colours with
/// the short cache that pages have, so a stale version can never be pinned under a new URL.
/// </summary>
internal static class TrackStylesheetEndpoint
{
    public static IEndpointRouteBuilder MapTrackStylesheet(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet(SiteMap.TrackStylesheet(string.Empty).PathOnly, context =>
        {
            var stylesheet = TrackStylesheet.For(EndpointContext.Store(context).Current.Catalog);
            if (context.Request.Query["v"] == stylesheet.Version)
            {
                context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            }

            return EndpointContext.Text(context, stylesheet.Css, "text/css; charset=utf-8");
        });
        return endpoints;
    }
}
