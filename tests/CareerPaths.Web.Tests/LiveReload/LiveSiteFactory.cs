using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace CareerPaths.Web.Tests.LiveReload;

/// <summary>The site in Development, watching its own copy of content/ in a temporary folder that the tests edit.</summary>
public sealed class LiveSiteFactory : WebApplicationFactory<Program>
{
    public LiveSiteFactory()
    {
        ContentDirectory = Path.Combine(Path.GetTempPath(), "careerpaths-live-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.EnumerateFiles(Content.Tests.RepositoryPaths.Content, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(ContentDirectory, Path.GetRelativePath(Content.Tests.RepositoryPaths.Content, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string ContentDirectory { get; }

    public string PathOf(string relative) => Path.Combine(ContentDirectory, relative);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(ContentDirectory, recursive: true);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Development");
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Content:Path"] = ContentDirectory,
            ["Content:Watch"] = "true",
            ["Serilog:MinimumLevel:Default"] = "Warning",
            ["RateLimits:DynamicPermitLimit"] = "100000",
        }));
    }
}
