using CareerPaths.Content;
using CareerPaths.Web.LiveContent;
using CareerPaths.Web.Options;
using Microsoft.Extensions.Options;

namespace CareerPaths.Web.Hosting;

/// <summary>
/// Registers the catalog store, loaded from the configured content folder when the app starts,
/// and the watcher that reloads it. Options are read when the app is built, not while services
/// are being registered, so every configuration source (tests included) has its say.
/// </summary>
internal static class CatalogServices
{
    public static WebApplicationBuilder AddCatalog(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton(services =>
        {
            var options = services.GetRequiredService<IOptions<ContentOptions>>().Value;
            var directory = ContentLocator.Resolve(options.Path);
            var result = services.GetService<CatalogPreload>()?.ResultFor(directory) ?? CatalogLoader.Load(directory);
            return result.Succeeded
                ? new CatalogStore(result, directory)
                : throw new InvalidContentException(result.Errors);
        });
        builder.Services.AddHostedService<ContentWatcher>();
        return builder;
    }

    /// <summary>Hands a load started by <see cref="CatalogPreload.Start"/> to the catalog store.</summary>
    public static WebApplicationBuilder UsePreload(this WebApplicationBuilder builder, CatalogPreload? preload)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (preload is not null)
        {
            builder.Services.AddSingleton(preload);
        }

        return builder;
    }

    /// <summary>Loads the content now, so the app refuses to start (with every error) rather than fail on its first request.</summary>
    public static void LoadCatalog(this IServiceProvider services) => services.GetRequiredService<CatalogStore>();
}
