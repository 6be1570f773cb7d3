using System.Net;
using System.Net.Sockets;
using CareerPaths.Testing;
using CareerPaths.Web.Hosting;
using CareerPaths.Web.Tests.Infrastructure;

namespace CareerPaths.Web.Tests.Deployment;

/// <summary>
/// The real site on Kestrel behind real nginx as a reverse proxy, both on loopback, shared by a
/// test class. nginx appends the address it sees to X-Forwarded-For and says the visitor used
/// https, as a proxy that terminates TLS does. The site trusts only 127.0.0.1, the address nginx
/// and the test's "load balancer" connect from, two hops deep; 127.0.0.2 plays an untrusted client.
/// </summary>
public sealed class SiteBehindNginxProxy : IAsyncLifetime
{
    public const int PermitLimit = 2;

    public string LogFile { get; } = Path.Combine(Path.GetTempPath(), $"careerpaths-proxy-log-{Guid.NewGuid():N}.json");

    public LoopbackSite Site { get; private set; } = null!;

    public NginxServer Nginx { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Site = await LoopbackSite.StartAsync([
            $"--Content:Path={RepositoryPaths.Content}",
            "--Proxy:KnownProxies:0=127.0.0.1",
            "--Proxy:ForwardLimit=2",
            $"--RateLimits:DynamicPermitLimit={PermitLimit}",
            "--RateLimits:DynamicWindowSeconds=600",
            "--Serilog:MinimumLevel:Default=Information",
            "--Serilog:WriteTo:0:Name=File",
            $"--Serilog:WriteTo:0:Args:path={LogFile}",
            "--Serilog:WriteTo:0:Args:formatter=Serilog.Formatting.Compact.RenderedCompactJsonFormatter, Serilog.Formatting.Compact",
        ]);
        Nginx = await NginxServer.StartAsync(port => $$"""
                upstream careerpaths { server {{Site.Address.Authority}}; keepalive 8; }
                server {
                    listen 127.0.0.1:{{port}};
                    location / {
                        proxy_pass http://careerpaths;
                        proxy_http_version 1.1;
                        proxy_set_header Connection "";
                        proxy_set_header Host $http_host;
                        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                        proxy_set_header X-Forwarded-Proto https;
                    }
                }
            """);
    }

    public async Task DisposeAsync()
    {
        Nginx?.Dispose();
        if (Site is not null)
        {
            await Site.DisposeAsync();
        }

        File.Delete(LogFile);
    }

    /// <summary>A client connecting from <paramref name="localAddress"/> (any 127.x.y.z works on Linux) to <paramref name="server"/>.</summary>
    public static HttpClient ClientFrom(string localAddress, Uri server) =>
        new(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            ConnectCallback = async (context, token) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                try
                {
                    socket.Bind(new IPEndPoint(IPAddress.Parse(localAddress), 0));
                    await socket.ConnectAsync(context.DnsEndPoint, token);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        })
        { BaseAddress = server };

    /// <summary>The request log's lines so far, waiting briefly for one that contains <paramref name="text"/>.</summary>
    public async Task<string[]> LogLinesAsync(string text)
    {
        for (var attempt = 0; ; attempt++)
        {
            await using var stream = new FileStream(LogFile, FileMode.OpenOrCreate, FileAccess.Read, FileShare.ReadWrite);
            using var reader = new StreamReader(stream);
            var lines = (await reader.ReadToEndAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            if (attempt == 50 || lines.Any(l => l.Contains(text, StringComparison.Ordinal)))
            {
                return lines;
            }

            await Task.Delay(100);
        }
    }
}
