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

    /// <summary>
    /// Starts loading the content folder the configuration names at once, in the background, for
    /// the catalog store to take when the app is built. Only for a host whose configuration is
    /// complete when it is created (the serve command): a test host adds settings later.
    /// </summary>
    public static WebApplicationBuilder PreloadCatalog(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (CatalogPreload.Start(builder.Configuration) is { } preload)
        {
            builder.Services.AddSingleton(preload);
        }

        return builder;
    }

    /// <summary>Loads the content now, so the app refuses to start (with every error) rather than fail on its first request.</summary>
    public static void LoadCatalog(this IServiceProvider services) => services.GetRequiredService<CatalogStore>();
}
