using CareerPaths.Content.Tests;
using CareerPaths.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CareerPaths.Browser.Tests.Infrastructure;

/// <summary>
/// The real site on Kestrel, on a free loopback port, built the way the export command builds it.
/// Chromium needs a real socket, which the in-memory test server does not have.
/// </summary>
internal sealed class SiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SiteServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<SiteServer> StartAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args =
            [
                "--urls=http://127.0.0.1:0",
                $"--Content:Path={RepositoryPaths.Content}",
                "--Content:Watch=false",
                "--Serilog:MinimumLevel:Default=Warning",
                "--RateLimits:DynamicPermitLimit=100000",
            ],
            EnvironmentName = Environments.Production,
            // The test host is the entry assembly, so name the site's own: Razor Pages are found in it.
            ApplicationName = typeof(Program).Assembly.GetName().Name,
            // wwwroot (the stylesheet, the icon) is served from the site's project folder.
            ContentRootPath = Path.Combine(RepositoryPaths.Root, "src", "CareerPaths.Web"),
        });
        builder.AddCareerPaths();
        var app = builder.Build();
        app.UseCareerPaths();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new SiteServer(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
