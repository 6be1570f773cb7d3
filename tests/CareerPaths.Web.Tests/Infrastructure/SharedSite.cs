namespace CareerPaths.Web.Tests.Infrastructure;

/// <summary>Every test class in this collection shares one in-memory server.</summary>
[CollectionDefinition(Name)]
public sealed class SharedSite : ICollectionFixture<SiteFactory>
{
    public const string Name = "site";
}
