using CareerPaths.Testing;
using CareerPaths.Web.Tests.Infrastructure;

namespace CareerPaths.Web.Tests.Deployment;

/// <summary>
/// One static export of the real content, served by real nginx with the repository's own
/// configuration (deploy/nginx/static-site.conf, the file README.md shows), shared by a test class.
/// </summary>
public sealed class ExportedSiteBehindNginx : IAsyncLifetime
{
    public const string BaseUrl = "https://careers.example.org";

    public static string Configuration => Path.Combine(RepositoryPaths.Root, "deploy", "nginx", "static-site.conf");

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "careerpaths-static-" + Guid.NewGuid().ToString("N"));

    public NginxServer Nginx { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var (exit, output, errors) = await Cli.RunAsync(
            DateOnly.FromDateTime(DateTime.UtcNow),
            ["export", Folder, "--content", RepositoryPaths.Content, "--base-url", BaseUrl]);
        Assert.True(exit == 0, output + errors);
        Nginx = await NginxServer.StartAsync(port => $$"""
                server {
                    listen 127.0.0.1:{{port}};
                    root {{Folder}};
                    include {{Configuration}};
                }
            """);
    }

    public Task DisposeAsync()
    {
        Nginx?.Dispose();
        Directory.Delete(Folder, recursive: true);
        return Task.CompletedTask;
    }

    /// <summary>A client that decompresses nothing, so the test sees the encoding nginx chose.</summary>
    public HttpClient CreateClient() =>
        new(new SocketsHttpHandler { AutomaticDecompression = System.Net.DecompressionMethods.None, AllowAutoRedirect = false }) { BaseAddress = Nginx.Address };
}
