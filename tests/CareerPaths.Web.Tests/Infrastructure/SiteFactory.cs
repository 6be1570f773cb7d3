using Microsoft.AspNetCore.Mvc.Testing;

namespace CareerPaths.Web.Tests.Infrastructure;

/// <summary>
/// The site in memory on the real content/ folder, configured as in production. One instance is
/// shared by every test in the "site" collection.
/// </summary>
public sealed class SiteFactory : ConfiguredSiteFactory
{
    public const string BaseUrl = "https://careerpaths.test";

    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?> { ["Site:BaseUrl"] = BaseUrl };

    public HttpClient CreateSiteClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://localhost") });
}
