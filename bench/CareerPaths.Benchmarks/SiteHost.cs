using CareerPaths.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CareerPaths.Benchmarks;

/// <summary>
/// The real site, started in this process on a private loopback port the way the export command
/// starts it: Production, no content watcher, Serilog at Warning so the per-request log line is
/// filtered out before it is formatted.
/// </summary>
internal sealed class SiteHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SiteHost(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<SiteHost> StartAsync(string contentDirectory)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args =
            [
                "--urls=http://127.0.0.1:0",
                "--Content:Watch=false",
                "--Serilog:MinimumLevel:Default=Warning",
                $"--Content:Path={contentDirectory}",
            ],
            EnvironmentName = Environments.Production,

            // The entry assembly is this one; Razor Pages must find its pages in the web project's.
            ApplicationName = typeof(WebsiteAppExtensions).Assembly.GetName().Name,
            ContentRootPath = RepositoryPaths.WebProject,
        });
        builder.AddCareerPaths();
        var app = builder.Build();
        app.UseCareerPaths();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new SiteHost(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
