using System.Threading.Channels;
using CareerPaths.Content;
using CareerPaths.Content.Loading;
using CareerPaths.Web.Options;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace CareerPaths.Web.LiveContent;

/// <summary>
/// Watches the content folder and reloads the catalog after edits, new files, deletions and
/// renames. Editors save in bursts and often atomically (write a temp file, then rename), so
/// changes are debounced into one reload. The reload runs here, off the request path.
/// </summary>
internal sealed class ContentWatcher(
    CatalogStore store,
    IOutputCacheStore cache,
    IOptions<ContentOptions> options,
    IHostEnvironment environment,
    ILogger<ContentWatcher> logger) : BackgroundService
{
    /// <summary>Each reload parses only the files that changed since the last one.</summary>
    private readonly ParsedFiles _parsed = new();
    private readonly Channel<bool> _signals = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!(options.Value.Watch ?? environment.IsDevelopment()))
        {
            return;
        }

        using var watcher = StartWatcher();
        if (watcher is null)
        {
            return;
        }

        var debounce = TimeSpan.FromMilliseconds(Math.Max(0, options.Value.DebounceMilliseconds));
        try
        {
            while (await _signals.Reader.WaitToReadAsync(stoppingToken))
            {
                await SettleAsync(debounce, stoppingToken);
                await ReloadSafelyAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    /// <summary>The watcher, or null when the system will not give one (inotify limits): the site then serves without live reload.</summary>
    private FileSystemWatcher? StartWatcher()
    {
        FileSystemWatcher watcher;
        try
        {
            watcher = new FileSystemWatcher(store.ContentDirectory)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                InternalBufferSize = 64 * 1024,
            };
            Subscribe(watcher);
            watcher.EnableRaisingEvents = true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or PlatformNotSupportedException)
        {
            logger.LogError(ex, "Cannot watch {ContentDirectory}; live reload is off until the site restarts", store.ContentDirectory);
            return null;
        }

        logger.LogInformation("Watching {ContentDirectory} for content changes", store.ContentDirectory);
        return watcher;
    }

    private void Subscribe(FileSystemWatcher watcher)
    {
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

    /// <summary>One reload that fails for any reason is logged and the loop goes on; see <see cref="ContentFaults"/> for why.</summary>
    private async Task ReloadSafelyAsync(CancellationToken stoppingToken)
    {
        try
        {
            await ReloadAsync(stoppingToken);
        }
        catch (Exception ex) when (ContentFaults.CanContain(ex))
        {
            logger.LogError(ex, "Reloading the content failed; still serving the last good version");
        }
    }

    private async Task ReloadAsync(CancellationToken stoppingToken)
    {
        // The loader reports every problem, a file that vanished mid-save included, as an error;
        // the rename that ends an atomic save signals again, so the next pass sees the settled folder.
        var result = CatalogLoader.Load(store.ContentDirectory, parsed: _parsed);
        var current = store.Current;
        if (result.Catalog?.Fingerprint == current.Catalog.Fingerprint && !current.HasReloadErrors)
        {
            return;
        }

        // Before the swap, so no page or search of the new version waits for its relations or index.
        result.PrepareLike(current.Loaded);
        var next = store.Apply(result);
        await cache.EvictByTagAsync(CatalogStore.OutputCacheTag, stoppingToken);
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
