using CareerPaths.Web.Tests.Infrastructure;

namespace CareerPaths.Web.Tests.LiveReload;

/// <summary>A live-reloading site on its own copy of the content, logging to a file the tests read.</summary>
public sealed class BrokenEditSiteFactory : ConfiguredSiteFactory
{
    private readonly ContentCopy _content = new();

    public string LogFile { get; } = Path.Combine(Path.GetTempPath(), $"careerpaths-reload-log-{Guid.NewGuid():N}.txt");

    public string PathOf(string relative) => _content.Path(relative);

    protected override string EnvironmentName => "Development";

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Content:Path"] = _content.Directory,
        ["Content:Watch"] = "true",
        ["Serilog:WriteTo:0:Name"] = "File",
        ["Serilog:WriteTo:0:Args:path"] = LogFile,
    };

    /// <summary>What has been logged so far; the file is shared with the writer.</summary>
    public async Task<string> ReadLogAsync()
    {
        await using var stream = new FileStream(LogFile, FileMode.OpenOrCreate, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _content.Dispose();
        File.Delete(LogFile);
    }
}
