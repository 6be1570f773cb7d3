using CareerPaths.Testing;
using CareerPaths.Web.Tests.Infrastructure;

namespace CareerPaths.Web.Tests.Editing;

/// <summary>The site on a copy of content/ with a new role, a fourth track, a fifth level and a role removed, configured as in production.</summary>
public sealed class EditedSiteFactory : ConfiguredSiteFactory
{
    private readonly EditedContent _content = EditedContent.Create();

    internal EditedContent Edits => _content;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Content:Path"] = _content.Directory,
        ["Site:BaseUrl"] = SiteFactory.BaseUrl,
    };

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _content.Dispose();
    }
}
