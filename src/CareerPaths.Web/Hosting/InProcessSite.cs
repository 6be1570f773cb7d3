using Microsoft.AspNetCore.Hosting.Server;

namespace CareerPaths.Web.Hosting;

/// <summary>
/// The real site in this process with no socket (<see cref="InMemoryServer"/>), for the export:
/// the same services, pages and middleware as a server, started as in production, without the
/// steps that only serve repeated requests over HTTP (see <see cref="WebsiteAppExtensions"/>).
/// </summary>
internal sealed class InProcessSite : IAsyncDisposable
{
    private InProcessSite(WebApplication app, InMemoryServer server)
    {
        App = app;
        Server = server;
    }

    public WebApplication App { get; }

    public InMemoryServer Server { get; }

    /// <summary>The site's builder, with the in-memory server in place of Kestrel; its configuration can be read before the content is loaded.</summary>
    public static WebApplicationBuilder CreateBuilder(IEnumerable<string> settings)
    {
        var builder = SiteBuilder.Create(settings);
        builder.Services.AddSingleton<InMemoryServer>();
        builder.Services.AddSingleton<IServer>(services => services.GetRequiredService<InMemoryServer>());
        return builder;
    }

    /// <summary>Builds and starts the site, loading the content (an <see cref="LiveContent.InvalidContentException"/> when it has errors).</summary>
    public static async Task<InProcessSite> StartAsync(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var app = builder.Build();
        try
        {
            app.UseCareerPaths(forExport: true);
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        return new InProcessSite(app, app.Services.GetRequiredService<InMemoryServer>());
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
