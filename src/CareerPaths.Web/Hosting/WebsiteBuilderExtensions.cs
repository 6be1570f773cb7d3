using System.IO.Compression;
using CareerPaths.Web.Caching;
using CareerPaths.Web.Localization;
using CareerPaths.Web.Options;
using CareerPaths.Web.Security;
using Microsoft.AspNetCore.ResponseCompression;

namespace CareerPaths.Web.Hosting;

/// <summary>Everything the site registers, in one place, so Program.cs stays a few lines.</summary>
public static class WebsiteBuilderExtensions
{
    public static WebApplicationBuilder AddCareerPaths(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddSiteLogging();
        builder.AddCatalog();
        builder.Services.AddCareerPathsOptions();
        builder.Services.AddTrustedProxies();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<Addresses.SiteLinks>();
        builder.Services.AddSiteLanguages();

        builder.AddStaticAssets();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = 64 * 1024;
            kestrel.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            kestrel.Limits.MaxRequestLineSize = 8 * 1024;
        });

        builder.Services.AddRazorPages(options =>
        {
            // Read-only pages with GET forms only: there is nothing for a forged request to do.
            options.Conventions.ConfigureFilter(new Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryTokenAttribute());
            options.Conventions.Add(new LanguageRoutes());
            foreach (var page in RateLimits.DynamicPages)
            {
                options.Conventions.AddPageApplicationModelConvention(page, model =>
                    model.EndpointMetadata.Add(new Microsoft.AspNetCore.RateLimiting.EnableRateLimitingAttribute(RateLimits.DynamicPolicy)));
            }
        });
        StartupWork.SkipKeyRingWarmup(builder.Services);
        builder.Services.AddRouting(options => options.LowercaseUrls = true);
        builder.Services.AddPageCaching();
        builder.Services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["image/svg+xml", "text/csv", "application/schema+json"]);
        });
        builder.Services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        builder.Services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        builder.Services.AddDynamicPageRateLimits();
        builder.Services.AddHealthChecks().AddCheck<CatalogHealthCheck>("catalog");
        builder.Services.AddProblemDetails();
        return builder;
    }
}
