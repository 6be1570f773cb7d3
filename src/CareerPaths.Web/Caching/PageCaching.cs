using CareerPaths.Web.LiveContent;
using Microsoft.Net.Http.Headers;

namespace CareerPaths.Web.Caching;

/// <summary>
/// Pages are rendered once per catalog version and then served from memory by ASP.NET Core's
/// output cache. The cache key carries the catalog version, so a reload can never leave a stale
/// page behind, and the tag lets the watcher free the old entries at once.
/// </summary>
internal static class PageCaching
{
    public const string Policy = "pages";

    public static IServiceCollection AddPageCaching(this IServiceCollection services)
    {
        services.AddOutputCache(options =>
        {
            // Hostile query strings each make an entry; the size limit bounds what they can take.
            options.SizeLimit = 64 * 1024 * 1024;
            options.AddPolicy(Policy, builder => builder
                .Tag(CatalogStore.OutputCacheTag)
                .Expire(TimeSpan.FromDays(7))
                .SetVaryByHeader(HeaderNames.AcceptEncoding)
                .VaryByValue(context => new KeyValuePair<string, string>(
                    "catalog",
                    context.RequestServices.GetRequiredService<CatalogStore>().Current.Version.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        });
        return services;
    }
}
