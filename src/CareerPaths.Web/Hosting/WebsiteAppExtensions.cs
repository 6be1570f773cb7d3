using CareerPaths.Content.Addresses;
using CareerPaths.Web.Caching;
using CareerPaths.Web.Endpoints;
using CareerPaths.Web.Localization;
using CareerPaths.Web.Options;
using CareerPaths.Web.Security;

namespace CareerPaths.Web.Hosting;

/// <summary>
/// The request pipeline. Order matters: the output cache sits outside the ETag and compression
/// steps, so a page is rendered, compressed and hashed once per catalog version and encoding,
/// and every later request is answered from memory. Static files are endpoints too (MapStaticAssets),
/// so they pass the security headers on the way; they bring their own caching headers and ETags.
/// </summary>
public static class WebsiteAppExtensions
{
    public static WebApplication UseCareerPaths(this WebApplication app) => app.UseCareerPaths(forExport: false);

    /// <summary>
    /// The pipeline; for the export (<paramref name="forExport"/>) without the three steps that only
    /// serve repeated requests over HTTP: the output cache (each page is rendered once, and the
    /// export is larger than the cache), the ETag hash and compression (the export asks for no
    /// encoding and compresses the files itself). None of the three changes the bytes of a page.
    /// </summary>
    internal static WebApplication UseCareerPaths(this WebApplication app, bool forExport)
    {
        ArgumentNullException.ThrowIfNull(app);
        StartupWork.PreparePagesInBackground(app.Services);
        app.UseTrustedProxies();
        if (app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<SiteOptions>>().Value.BasePath is { Length: > 0 } basePath)
        {
            // Before everything else, so routing, links and static files all see the sub-path as the base.
            app.UsePathBase(basePath.TrimEnd('/'));
        }

        app.UseSiteRequestLogging();
        if (!forExport)
        {
            app.UseMiddleware<LiveContent.WarmupMiddleware>();
        }

        app.UseSiteLanguages();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<ReadOnlyMethodsMiddleware>();
        app.UseExceptionHandler(SiteMap.Error.Value);
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute(SiteMap.NotFound.Value);
        app.UseRouting();
        app.UseRateLimiter();

        // Outside the output cache, which does not replay Cache-Control on a hit.
        app.UseMiddleware<HtmlCacheControlMiddleware>();
        if (!forExport)
        {
            app.UseOutputCache();
            app.UseMiddleware<ETagMiddleware>();

            // Static assets come precompressed, each encoding with its own ETag: compressing one on
            // the fly would send other bytes under the ETag of the uncompressed file.
            app.UseWhen(context => !context.IsStaticAsset(), branch => branch.UseResponseCompression());
        }

        app.MapStaticAssets();
        app.MapRazorPages().CacheOutput(PageCaching.Policy).WithStaticAssets();
        app.MapDataEndpoints();
        app.MapTrackStylesheet();
        app.MapHealthChecks(SiteMap.Health.Value);

        // Last, so that a catalog the serve command began loading in the background (CatalogPreload)
        // loads while the pages are mapped; invalid content still stops the app before it serves.
        app.Services.LoadCatalog();
        return app;
    }
}
