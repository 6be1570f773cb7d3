namespace CareerPaths.Web.Hosting;

/// <summary>
/// Files under wwwroot are served by MapStaticAssets from the manifest that the build or publish
/// writes: fingerprinted names, a strong ETag per encoding, a year's immutable caching and
/// precompressed copies. The app also runs from its build output outside Development (the tests,
/// the export and the benchmarks), and there it must answer as the published app does.
/// </summary>
internal static class StaticAssetHosting
{
    /// <summary>ASP.NET Core's switch for its development handler of static assets.</summary>
    private const string ReloadAtRuntimeKey = "ReloadStaticAssetsAtRuntime";

    public static WebApplicationBuilder AddStaticAssets(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        // The build manifest names files in the project's wwwroot and gzip copies under obj/; only
        // the runtime manifest that UseStaticWebAssets loads points the web root at them. ASP.NET
        // Core loads it by itself in Development only: elsewhere, without this, every asset is an
        // empty 200. A published app has its files in its own wwwroot and no runtime manifest, so
        // there this does nothing.
        builder.WebHost.UseStaticWebAssets();

        // A build manifest also turns on ASP.NET Core's development handler in every environment:
        // it sends no-cache instead of the immutable caching, and (10.0.12) takes a file whose
        // modification time has fractions of a second for an edited one, re-making its gzip copy
        // uncompressed. Outside Development the build output answers as published, so the tests
        // see the headers production sends; the setting still wins when it is given.
        if (!builder.Environment.IsDevelopment() && builder.Configuration[ReloadAtRuntimeKey] is null)
        {
            builder.Configuration.AddInMemoryCollection([new(ReloadAtRuntimeKey, bool.FalseString)]);
        }

        return builder;
    }
}
