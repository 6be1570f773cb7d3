using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace CareerPaths.Web.Hosting;

/// <summary>
/// The real site on Kestrel at a free loopback port, for the export and for tests that need a
/// real socket. It runs as in production and, unless told otherwise, without watching files.
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
        // Defaults first: a later setting of the same key wins, so callers can override them.
        List<string> args = ["--urls=http://127.0.0.1:0", "--Content:Watch=false", "--Serilog:MinimumLevel:Default=Warning", .. settings];
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = [.. args],
            EnvironmentName = Environments.Production,

            // Razor Pages are found in the application's assembly, which is not the entry
            // assembly when the site runs inside another process (a test host, say).
            ApplicationName = typeof(LoopbackSite).Assembly.GetName().Name,
        });
        builder.AddCareerPaths();
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
