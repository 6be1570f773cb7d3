namespace CareerPaths.Browser.Tests.Infrastructure;

/// <summary>Every browser test shares one server and one Chromium; the tests in a collection run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class SharedBrowser : ICollectionFixture<BrowserSite>
{
    public const string Name = "browser";
}
