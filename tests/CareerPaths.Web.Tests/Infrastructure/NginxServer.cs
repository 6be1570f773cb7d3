using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CareerPaths.Web.Tests.Infrastructure;

/// <summary>
/// Debian's nginx as a child process on a free loopback port, with a generated configuration in a
/// temp folder: never the system service, never port 80. A missing nginx fails the test with the
/// command to install it (.ci/run installs it), rather than skipping quietly.
/// </summary>
public sealed class NginxServer : IDisposable
{
    public const string Binary = "/usr/sbin/nginx";
    private const string BrotliModule = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so";
    private readonly Process _process;

    private NginxServer(Process process, string prefix, int port)
    {
        _process = process;
        Prefix = prefix;
        Address = new Uri($"http://127.0.0.1:{port}");
    }

    public Uri Address { get; }

    public string Prefix { get; }

    public string ErrorLog => File.Exists(Path.Combine(Prefix, "error.log")) ? File.ReadAllText(Path.Combine(Prefix, "error.log")) : string.Empty;

    /// <summary>Starts nginx with <paramref name="server"/>, a server block given the port it must listen on.</summary>
    public static async Task<NginxServer> StartAsync(Func<int, string> server)
    {
        ArgumentNullException.ThrowIfNull(server);
        Assert.True(File.Exists(Binary), $"{Binary} is missing: apt-get install -y nginx libnginx-mod-http-brotli-static (.ci/run installs them)");
        Assert.True(File.Exists(BrotliModule), $"{BrotliModule} is missing: apt-get install -y libnginx-mod-http-brotli-static (.ci/run installs it)");

        var prefix = Path.Combine(Path.GetTempPath(), "careerpaths-nginx-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(prefix, "tmp"));
        var port = LoopbackPort.Free();
        var config = Path.Combine(prefix, "nginx.conf");
        await File.WriteAllTextAsync(config, $$"""
            daemon off;
            worker_processes 1;
            pid {{prefix}}/nginx.pid;
            error_log {{prefix}}/error.log warn;
            load_module {{BrotliModule}};
            events { worker_connections 256; }
            http {
                include /etc/nginx/mime.types;
                default_type application/octet-stream;
                access_log off;
                client_body_temp_path {{prefix}}/tmp/body;
                proxy_temp_path {{prefix}}/tmp/proxy;
                fastcgi_temp_path {{prefix}}/tmp/fastcgi;
                uwsgi_temp_path {{prefix}}/tmp/uwsgi;
                scgi_temp_path {{prefix}}/tmp/scgi;
            {{server(port)}}
            }
            """);

        var start = new ProcessStartInfo(Binary) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-p", prefix + "/", "-c", config, "-e", Path.Combine(prefix, "error.log") })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        var nginx = new NginxServer(process, prefix, port);
        await nginx.WaitUntilListeningAsync(port);
        return nginx;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
        Directory.Delete(Prefix, recursive: true);
    }

    private async Task WaitUntilListeningAsync(int port)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (_process.HasExited)
            {
                Assert.Fail($"nginx stopped at once (exit {_process.ExitCode}): {await _process.StandardError.ReadToEndAsync()} {ErrorLog}");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        Assert.Fail($"nginx did not listen on port {port} within 5 s: {ErrorLog}");
    }
}
