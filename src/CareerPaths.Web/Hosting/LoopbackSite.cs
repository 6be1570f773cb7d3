using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace CareerPaths.Web.Hosting;

/// <summary>
/// The real site on Kestrel at a free loopback port, for tests and benchmarks that need a real
/// socket (the export runs the site without one: <see cref="InProcessSite"/>). It runs as in production and, unless told otherwise, without watching files.
/// </summary>
public sealed class LoopbackSite : IAsyncDisposable
{
    private LoopbackSite(WebApplication app, Uri address)
    {
        App = app;
        Address = address;
    }

    public WebApplication App { get; }

    public Uri Address { get; }

    public static async Task<LoopbackSite> StartAsync(IEnumerable<string> settings)
    {
        var builder = SiteBuilder.Create(["--urls=http://127.0.0.1:0", .. settings]);
        var app = builder.Build();
        app.UseCareerPaths();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new LoopbackSite(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
