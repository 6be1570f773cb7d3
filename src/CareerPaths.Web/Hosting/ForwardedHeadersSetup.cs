using System.Net;
using CareerPaths.Web.Options;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace CareerPaths.Web.Hosting;

/// <summary>
/// Behind a reverse proxy every connection comes from the proxy. ASP.NET Core's forwarded headers
/// step puts the real client address and scheme back on the request, from X-Forwarded-For and
/// X-Forwarded-Proto, but only when the connection comes from a proxy named in configuration
/// (<see cref="ProxyOptions"/>). The rate limiter, the request log and every absolute URL the
/// site writes then see the visitor, not the proxy.
/// </summary>
internal static class ForwardedHeadersSetup
{
    public static IServiceCollection AddTrustedProxies(this IServiceCollection services)
    {
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((forwarded, proxy) =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            forwarded.ForwardLimit = proxy.Value.ForwardLimit;

            // ASP.NET Core trusts loopback out of the box; the site trusts only what it is told to.
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var address in proxy.Value.KnownProxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(address));
            }

            foreach (var network in proxy.Value.KnownNetworks)
            {
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        return services;
    }

    /// <summary>First in the pipeline, so everything after it sees the real client and scheme.</summary>
    public static WebApplication UseTrustedProxies(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Services.GetRequiredService<IOptions<ProxyOptions>>().Value.TrustsAnyone)
        {
            app.UseForwardedHeaders();
        }

        return app;
    }
}
