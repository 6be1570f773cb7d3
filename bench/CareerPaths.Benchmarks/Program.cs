using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace CareerPaths.Benchmarks;

/// <summary>
/// `dotnet run -c Release --project bench/CareerPaths.Benchmarks [-- --filter '*Load*']`. A short
/// job (one launch, three warm-up and three measured iterations) keeps a full run to a few
/// minutes; results are reported as ratios to each class's baseline. The benchmarks run in this
/// process (the in-process toolchain) instead of a generated project that BenchmarkDotNet would
/// build again: one build, and a run never picks up half-saved edits under src/.
/// `-- startup [RUNS]` prints where a cold start goes instead (see <see cref="StartupPhases"/>),
/// `-- memory` what the loaded content keeps in memory (see <see cref="MemoryFootprint"/>), and
/// `-- search-memory [ROLES...]` the memory and build time of the two search indexes (see <see cref="SearchMemory"/>).
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        switch (args.FirstOrDefault())
        {
            case "startup":
                return StartupPhases.Run(args);
            case "startup-once":
                return await StartupPhases.RunOnceAsync(args[1]);
            case "memory":
                return MemoryFootprint.Run();
            case "search-memory":
                return SearchMemory.Run(args.Skip(1));
            default:
                break;
        }

        var config = DefaultConfig.Instance
            .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance))
            .WithArtifactsPath(RepositoryPaths.Results);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args.Length == 0 ? ["--filter", "*"] : args, config);
        return 0;
    }
}
