using CareerPaths.Web.LiveContent;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CareerPaths.Web.Hosting;

/// <summary>Healthy while the content is loaded; degraded when the latest edit could not be loaded and older content is being served.</summary>
internal sealed class CatalogHealthCheck(CatalogStore store) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var snapshot = store.Current;
        var data = new Dictionary<string, object>
        {
            ["version"] = snapshot.Version,
            ["fingerprint"] = snapshot.Catalog.Fingerprint,
            ["roles"] = snapshot.Catalog.Roles.Count,
        };
        return Task.FromResult(snapshot.HasReloadErrors
            ? HealthCheckResult.Degraded("The latest content edit has errors; serving the last good content.", data: data)
            : HealthCheckResult.Healthy("Content loaded.", data));
    }
}
