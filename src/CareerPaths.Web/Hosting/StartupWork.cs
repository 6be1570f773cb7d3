using Microsoft.AspNetCore.Mvc.Infrastructure;

namespace CareerPaths.Web.Hosting;

/// <summary>
/// Two changes to what the framework does before the first response, found by tracing cold starts
/// (bench/README.md): one step the site never needs, and one that can run on a second core.
/// </summary>
internal static class StartupWork
{
    /// <summary>The framework's hosted service that loads the data-protection key ring at start.</summary>
    internal const string KeyRingWarmup = "Microsoft.AspNetCore.DataProtection.Internal.DataProtectionHostedService";

    /// <summary>
    /// Razor Pages registers data protection for antiforgery tokens, which this site never issues (its
    /// forms are GET forms and antiforgery is ignored on every page). Its hosted service still loads
    /// the key ring at every start, and on a fresh machine creates a key and writes it to the
    /// user's home: about 15 ms of each cold start for nothing. Data protection itself stays
    /// registered, so anything that asks for it later still gets a key ring, loaded on first use.
    /// </summary>
    public static void SkipKeyRingWarmup(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var warmup = services.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType?.FullName == KeyRingWarmup).ToList();
        foreach (var descriptor in warmup)
        {
            services.Remove(descriptor);
        }
    }

    /// <summary>
    /// Starts building the Razor pages' action descriptors (reflection over every page model and its
    /// handlers, about 50 ms for the site's page types) on the thread pool while the main thread
    /// sets up the middleware. MapRazorPages asks for the same collection; the framework builds it
    /// once, under a lock, so it then waits for this build or finds it done.
    /// </summary>
    public static void PreparePagesInBackground(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var provider = services.GetRequiredService<IActionDescriptorCollectionProvider>();
        _ = Task.Run(() => provider.ActionDescriptors);
    }
}
