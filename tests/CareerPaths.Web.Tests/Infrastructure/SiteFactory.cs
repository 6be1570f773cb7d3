using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace CareerPaths.Web.Tests.Infrastructure;

/// <summary>
/// The site in memory on the real content/ folder, configured as in production. One instance is
/// shared by every test in the "site" collection.
/// </summary>
public sealed class SiteFactory : WebApplicationFactory<Program>
{
    public const string BaseUrl = "https://careerpaths.test";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Production");
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Content:Path"] = Content.Tests.RepositoryPaths.Content,
            ["Content:Watch"] = "false",
            ["Site:BaseUrl"] = BaseUrl,
            ["Serilog:MinimumLevel:Default"] = "Warning",
            ["RateLimits:DynamicPermitLimit"] = "100000",
        }));
    }

    public HttpClient CreateSiteClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://localhost") });
}
