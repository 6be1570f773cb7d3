using System.Diagnostics;

namespace CareerPaths.Web.LiveContent;

/// <summary>
/// Builds the search index once the first response of the process has gone out, on the thread
/// pool. A cold start then serves its first page without waiting for the index (the largest part
/// of a load), and a search that comes before the index is ready waits for it rather than seeing
/// half of it. Reloads build theirs before the swap (see <see cref="ContentWatcher"/>).
/// </summary>
internal sealed class SearchWarmupMiddleware(RequestDelegate next, CatalogStore store, ILogger<SearchWarmupMiddleware> logger)
{
    private int _started;

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (Volatile.Read(ref _started) == 0)
        {
            context.Response.OnCompleted(StartOnce);
        }

        return next(context);
    }

    private Task StartOnce()
    {
        if (Interlocked.Exchange(ref _started, 1) == 0)
        {
            _ = Task.Run(Warm);
        }

        return Task.CompletedTask;
    }

    private void Warm()
    {
        var snapshot = store.Current;
        var clock = Stopwatch.StartNew();
        try
        {
            snapshot.Loaded.Original!.PrepareSearch();
            logger.LogInformation("Search index for version {CatalogVersion} ready in {ElapsedMs} ms", snapshot.Version, clock.ElapsedMilliseconds);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The first search will try again and show the error page; the site keeps serving.
            logger.LogError(ex, "Building the search index failed");
        }
    }
}
