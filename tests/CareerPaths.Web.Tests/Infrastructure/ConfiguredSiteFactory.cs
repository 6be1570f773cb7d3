using CareerPaths.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;

namespace CareerPaths.Web.Tests.Infrastructure;

/// <summary>
/// The site in memory, configured as in production on the real content/ folder unless a test's
/// factory says otherwise: each factory states only the settings it changes.
/// </summary>
public abstract class ConfiguredSiteFactory : WebApplicationFactory<Program>
{
    private readonly Lazy<Task<SiteCrawler>> _crawl;

    protected ConfiguredSiteFactory() => _crawl = new(CrawlOnceAsync);

    protected virtual string EnvironmentName => "Production";

    /// <summary>Settings laid over the defaults; a null value removes a default.</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>();

    /// <summary>The catalog the site serves, for tests that derive what a page should show from the content.</summary>
    public Content.Model.Catalog Catalog => Services.GetRequiredService<LiveContent.CatalogStore>().Current.Catalog;

    /// <summary>The server's log; a test attaches its output to read it there.</summary>
    public TestOutputLog Log { get; } = new();

    /// <summary>One crawl from the overview, shared by every check that reads the pages; nothing changes them in between.</summary>
    internal Task<SiteCrawler> CrawlAsync() => _crawl.Value;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var settings = new Dictionary<string, string?>
        {
            ["Content:Path"] = RepositoryPaths.Content,
            ["Content:Watch"] = "false",
            ["Serilog:MinimumLevel:Default"] = "Information",
            ["RateLimits:DynamicPermitLimit"] = "100000",
        };
        foreach (var (key, value) in Settings)
        {
            settings[key] = value;
        }

        builder.UseEnvironment(EnvironmentName);
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(settings));
        builder.ConfigureTestServices(services => services.AddSingleton<ILogEventSink>(Log));
    }

    private async Task<SiteCrawler> CrawlOnceAsync()
    {
        using var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://localhost") });
        var crawler = new SiteCrawler(client);
        await crawler.CrawlAsync();
        return crawler;
    }
}
