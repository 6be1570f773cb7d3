using Xunit.Abstractions;

namespace CareerPaths.Web.Tests.Infrastructure;

/// <summary>
/// A test class on the one in-memory site every class in the "site" collection shares, with the
/// site's log in the running test's output. Derived classes still carry
/// <c>[Collection(SharedSite.Name)]</c> themselves: xunit reads that attribute from the class it runs.
/// </summary>
public abstract class SharedSiteTests(SiteFactory site, ITestOutputHelper output)
{
    protected SiteFactory Site { get; } = site.LoggingTo(output);

    protected ITestOutputHelper Output { get; } = output;
}
