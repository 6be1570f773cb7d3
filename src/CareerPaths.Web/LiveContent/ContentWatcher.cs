using System.Threading.Channels;
using CareerPaths.Content.Loading;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace CareerPaths.Web.LiveContent;

/// <summary>
/// Watches the content folder and reloads the catalog after edits, new files, deletions and
/// renames. Editors save in bursts and often atomically (write a temp file, then rename), so
/// changes are debounced into one reload. The reload runs here, off the request path.
/// </summary>
public sealed class ContentWatcher(
    CatalogStore store,
    IOutputCacheStore cache,
    IOptions<ContentOptions> options,
    IHostEnvironment environment,
    ILogger<ContentWatcher> logger) : BackgroundService
{
    private readonly Channel<bool> _signals = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!(options.Value.Watch ?? environment.IsDevelopment()))
        {
            return;
        }

        using var watcher = new FileSystemWatcher(store.ContentDirectory)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            InternalBufferSize = 64 * 1024,
        };
        FileSystemEventHandler onChange = (_, _) => _signals.Writer.TryWrite(true);
        watcher.Changed += onChange;
        watcher.Created += onChange;
        watcher.Deleted += onChange;
        watcher.Renamed += (_, _) => _signals.Writer.TryWrite(true);
        watcher.Error += (_, e) =>
        {
            logger.LogWarning(e.GetException(), "The content watcher lost events; reloading everything");
            _signals.Writer.TryWrite(true);
        };
        watcher.EnableRaisingEvents = true;
        logger.LogInformation("Watching {ContentDirectory} for content changes", store.ContentDirectory);

        var debounce = TimeSpan.FromMilliseconds(Math.Max(0, options.Value.DebounceMilliseconds));
        try
        {
            while (await _signals.Reader.WaitToReadAsync(stoppingToken))
            {
                await SettleAsync(debounce, stoppingToken);
                await ReloadAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    /// <summary>Waits until no change has arrived for the debounce period.</summary>
    private async Task SettleAsync(TimeSpan debounce, CancellationToken stoppingToken)
    {
        do
        {
            _signals.Reader.TryRead(out _);
            await Task.Delay(debounce, stoppingToken);
        }
        while (_signals.Reader.TryPeek(out _));
    }

    private async Task ReloadAsync(CancellationToken stoppingToken)
    {
        LoadResult result;
        try
        {
            result = CatalogLoader.Load(store.ContentDirectory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A file can vanish between listing and reading during an atomic save; the rename that
            // follows signals again, so the next pass sees the settled folder.
            logger.LogInformation(ex, "Content changed while it was being read; reloading again");
            _signals.Writer.TryWrite(true);
            return;
        }

        var current = store.Current;
        if (result.Catalog?.Fingerprint == current.Catalog.Fingerprint && !current.HasReloadErrors)
        {
            return;
        }

        var next = store.Apply(result);
        await cache.EvictByTagAsync(Caching.PageCaching.Tag, stoppingToken);
        if (next.HasReloadErrors)
        {
            foreach (var error in result.Errors.Where(e => e.IsError))
            {
                logger.LogError("Content error: {ContentError}", error.ToString());
            }

            logger.LogError("The edited content has {ErrorCount} error(s); still serving the last good version", result.Errors.Count(e => e.IsError));
        }
        else
        {
            logger.LogInformation("Content reloaded as version {CatalogVersion} ({Fingerprint})", next.Version, next.Catalog.Fingerprint);
        }
    }
}
