namespace CareerPaths.Web.Export;

/// <summary>What an export wrote, how long it took, and anything that could not be fetched.</summary>
internal sealed record ExportSummary(int Pages, int Files, TimeSpan Elapsed, IReadOnlyList<string> Failures);
