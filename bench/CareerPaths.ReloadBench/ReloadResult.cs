using System.Globalization;

namespace CareerPaths.ReloadBench;

/// <summary>Save-to-served latencies in milliseconds, and the background requests made and failed while reloading.</summary>
internal sealed record ReloadResult(IReadOnlyList<double> LatenciesMs, int Requests, int FailedRequests)
{
    public double Median
    {
        get
        {
            var sorted = LatenciesMs.Order().ToList();
            return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
        }
    }

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"edits: {LatenciesMs.Count}; save-to-served median {Median:0} ms, min {LatenciesMs.Min():0} ms, max {LatenciesMs.Max():0} ms; " +
        $"background requests {Requests}, failed {FailedRequests}");
}
