using System.Net;
using System.Net.Sockets;

namespace CareerPaths.Web.Tests.Infrastructure;

/// <summary>Ports for servers the tests start in other processes (the app, nginx).</summary>
public static class LoopbackPort
{
    /// <summary>A loopback port nothing listens on right now.</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
