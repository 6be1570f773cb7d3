using CareerPaths.Web.Tests.Infrastructure;

namespace CareerPaths.Web.Tests.LiveReload;

/// <summary>The site in Development, watching its own copy of content/ in a temporary folder that the tests edit.</summary>
public sealed class LiveSiteFactory : ConfiguredSiteFactory
{
    private readonly ContentCopy _content = new();

    public string PathOf(string relative) => _content.Path(relative);

    protected override string EnvironmentName => "Development";

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Content:Path"] = _content.Directory,
        ["Content:Watch"] = "true",
    };

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _content.Dispose();
    }
}
