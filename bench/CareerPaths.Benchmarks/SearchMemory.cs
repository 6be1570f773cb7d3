using System.Diagnostics;
using System.Globalization;
using CareerPaths.Content;
using CareerPaths.Content.Search;

namespace CareerPaths.Benchmarks;

/// <summary>
/// `search-memory [ROLES...]`: the live managed memory each search index keeps (the hand-written
/// baseline and Lucene.NET), measured with full collections before and after building it, and the
/// median build time of five builds, on the real content and on generated catalogs.
/// </summary>
internal static class SearchMemory
{
    public static int Run(IEnumerable<string> args)
    {
        var sizes = args.Select(a => int.Parse(a, CultureInfo.InvariantCulture)).DefaultIfEmpty(20).ToList();
        Console.WriteLine("roles | index | live memory | build time (median of 5)");
        foreach (var roles in sizes)
        {
            var catalog = CatalogLoader.Load(GeneratedContent.WithRoles(roles)).Catalog ?? throw new InvalidOperationException("content does not load");
            Report(catalog.Roles.Count, "hand-written", () => HandWrittenSearch.SearchIndex.Build(catalog));
            Report(catalog.Roles.Count, "Lucene.NET", () => SearchIndex.Build(catalog));
        }

        return 0;
    }

    private static void Report(int roles, string name, Func<object> build)
    {
        // Memory first, in its own frame, so no index from the timing runs is still reachable.
        var bytes = RetainedBytes(build);
        var times = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            var watch = Stopwatch.StartNew();
            GC.KeepAlive(build());
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{roles} | {name} | {bytes / 1048576.0:0.00} MB | {times[2]:0.0} ms"));
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static long RetainedBytes(Func<object> build)
    {
        var before = LiveBytes();
        var index = build();
        var after = LiveBytes();
        GC.KeepAlive(index);
        return after - before;
    }

    private static long LiveBytes()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: false);
    }
}
