using System.Globalization;
using CareerPaths.Content;
using CareerPaths.Content.Search;

namespace CareerPaths.Benchmarks;

/// <summary>
/// `memory`: how much managed memory the loaded content keeps alive, and how much of it is the
/// search index, measured with full collections before and after. A diagnostic for the RSS that
/// bench/scale.sh reports; set CAREERPATHS_CONTENT to measure a generated folder.
/// </summary>
internal static class MemoryFootprint
{
    public static int Run()
    {
        var content = RepositoryPaths.Content;
        var before = LiveBytes();
        var catalog = CatalogLoader.Load(content).Catalog
            ?? throw new InvalidOperationException($"{content} does not load; run `validate` to see why.");
        var withCatalog = LiveBytes();
        var index = SearchIndex.Build(catalog);
        var withSecondIndex = LiveBytes();

        Console.WriteLine($"content: {content} ({catalog.Roles.Count} roles)");
        Console.WriteLine(Line("live managed memory of the loaded catalog", withCatalog - before));
        Console.WriteLine(Line("  of which one search index (built again and measured)", withSecondIndex - withCatalog));
        Console.WriteLine(Line("GC heap after both (GC.GetGCMemoryInfo().HeapSizeBytes)", GC.GetGCMemoryInfo().HeapSizeBytes));
        GC.KeepAlive(catalog);
        GC.KeepAlive(index);
        return 0;
    }

    private static long LiveBytes()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: false);
    }

    private static string Line(string what, long bytes) =>
        string.Create(CultureInfo.InvariantCulture, $"  {what,-60} {bytes / 1048576.0,8:0.0} MB");
}
