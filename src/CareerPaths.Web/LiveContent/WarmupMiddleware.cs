using System.Diagnostics;

namespace CareerPaths.Web.LiveContent;

/// <summary>
/// Once the first response of the process has gone out, works out on the thread pool what the
/// catalog otherwise builds on first use: its relations and its search index. A cold start then
/// serves its first page without waiting for them (the index is the largest part of a load), and
/// a search that comes before the index is ready waits for it rather than seeing half of it.
/// Reloads prepare theirs before the swap (see <see cref="ContentWatcher"/>). Then the memory
/// that loading and indexing used only while running is given back (see <see cref="Warm"/>).
/// </summary>
internal sealed class WarmupMiddleware(RequestDelegate next, CatalogStore store, ILogger<WarmupMiddleware> logger)
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
            // Not part of the request that started it: without its logging scope, trace or anything
            // else that flows with the execution context.
            using (ExecutionContext.SuppressFlow())
            {
                _ = Task.Run(Warm);
            }
        }

        return Task.CompletedTask;
    }

    private void Warm()
    {
        var snapshot = store.Current;
        var clock = Stopwatch.StartNew();
        try
        {
            snapshot.Loaded.Original!.Prepare();
            var built = clock.ElapsedMilliseconds;

            // Loading the catalog and building the index allocate several times what they keep
            // (about 1.1 GB to keep 160 MB with 10,000 roles), and the GC holds on to the space it
            // grew into. One compacting collection now, while the site is idle or nearly so,
            // hands that space back to the system: a site that scales to zero pays for what it
            // keeps, not for how it started.
            GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            logger.LogInformation(
                "Search index and relations for version {CatalogVersion} ready in {BuildMs} ms; start-up memory returned in {CollectMs} ms",
                snapshot.Version,
                built,
                clock.ElapsedMilliseconds - built);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The first search will try again and show the error page; the site keeps serving.
            logger.LogError(ex, "Building the search index and relations failed");
        }
    }
}
