using System.Net;

namespace CareerPaths.Web.Options;

/// <summary>
/// The "Proxy" configuration section: which reverse proxies and load balancers may tell the site
/// who the client is (X-Forwarded-For) and which scheme it used (X-Forwarded-Proto). Nothing is
/// trusted by default, not even loopback, so a site reached directly cannot be lied to.
/// </summary>
internal sealed class ProxyOptions
{
    public const string Section = "Proxy";

    /// <summary>Addresses of trusted proxies, such as "10.0.0.5" or "::1".</summary>
    public IList<string> KnownProxies { get; } = [];

    /// <summary>Networks of trusted proxies in CIDR notation, such as "10.0.0.0/8".</summary>
    public IList<string> KnownNetworks { get; } = [];

    /// <summary>
    /// How many trusted hops to walk back through X-Forwarded-For: 1 for one proxy, 2 for a CDN
    /// or load balancer in front of the proxy. The walk also stops at the first untrusted address.
    /// </summary>
    public int ForwardLimit { get; set; } = 1;

    public bool TrustsAnyone => KnownProxies.Count > 0 || KnownNetworks.Count > 0;

    public bool IsValid =>
        ForwardLimit >= 1
        && KnownProxies.All(p => IPAddress.TryParse(p, out _))
        && KnownNetworks.All(n => IPNetwork.TryParse(n, out _));
}
