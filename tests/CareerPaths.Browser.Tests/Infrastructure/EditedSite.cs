using CareerPaths.Content.Model;
using CareerPaths.Testing;
using CareerPaths.Web.Hosting;
using CareerPaths.Web.LiveContent;
using Microsoft.Extensions.DependencyInjection;

namespace CareerPaths.Browser.Tests.Infrastructure;

/// <summary>
/// A second server, on the copy of content/ an editor changed without code (a fourth track, a
/// fifth level, a role added and one removed). Tests reach it through the shared browser with
/// <see cref="BrowserSite.NewContextAsync"/>'s base address, so no second Chromium starts.
/// </summary>
public sealed class EditedSite : IAsyncLifetime
{
    private readonly EditedContent _content = EditedContent.Create();
    private LoopbackSite? _server;

    public Uri BaseAddress => Server.Address;

    public Catalog Catalog => Server.App.Services.GetRequiredService<CatalogStore>().Current.Catalog;

    internal EditedContent Edits => _content;

    private LoopbackSite Server => _server ?? throw new InvalidOperationException("The edited site has not started.");

    public async Task InitializeAsync() =>
        _server = await LoopbackSite.StartAsync([$"--Content:Path={_content.Directory}", "--RateLimits:DynamicPermitLimit=100000"]);

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _content.Dispose();
    }
}
