using CareerPaths.Web.Hosting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CareerPaths.Web.Tests.Hosting;

/// <summary>What the site leaves out of, or moves off, the path to its first response.</summary>
public sealed class StartupWorkTests
{
    [Fact]
    public void Razor_Pages_registers_the_key_ring_warm_up_that_the_site_removes()
    {
        // Pins the framework's type name: if it changed, the site would silently keep the warm-up.
        var framework = new ServiceCollection().AddRazorPages().Services;
        Assert.Contains(framework, d => d.ServiceType == typeof(IHostedService) && d.ImplementationType?.FullName == StartupWork.KeyRingWarmup);

        var site = SiteBuilder.Create([]).Services;
        Assert.DoesNotContain(site, d => d.ServiceType == typeof(IHostedService) && d.ImplementationType?.FullName == StartupWork.KeyRingWarmup);
    }

    [Fact]
    public async Task Data_protection_still_works_for_anything_that_asks_for_it()
    {
        await using var app = SiteBuilder.Create([]).Build();
        var protector = app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test");

        Assert.Equal("a secret", protector.Unprotect(protector.Protect("a secret")));
    }
}
