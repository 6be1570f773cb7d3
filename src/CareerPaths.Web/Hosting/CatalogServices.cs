using CareerPaths.Content.Loading;
using CareerPaths.Web.LiveContent;

namespace CareerPaths.Web.Hosting;

/// <summary>Loads the content at start-up (refusing to start on errors) and registers the store and, when enabled, the watcher.</summary>
public static class CatalogServices
{
    public static WebApplicationBuilder AddCatalog(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var section = builder.Configuration.GetSection(ContentOptions.Section);
        builder.Services.Configure<ContentOptions>(section);
        var options = section.Get<ContentOptions>() ?? new ContentOptions();
        var directory = ContentLocator.Resolve(options.Path);

        var result = CatalogLoader.Load(directory);
        if (result.Catalog is null)
        {
            throw new InvalidContentException(result.Errors);
        }

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(sp => new CatalogStore(result.Catalog, directory, sp.GetRequiredService<TimeProvider>()));
        if (options.Watch ?? builder.Environment.IsDevelopment())
        {
            builder.Services.AddHostedService<ContentWatcher>();
        }

        return builder;
    }
}
