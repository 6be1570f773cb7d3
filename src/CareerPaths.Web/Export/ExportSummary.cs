namespace CareerPaths.Web.Export;

/// <summary>What an export wrote (pages, other files, pre-compressed copies), how long it took, and anything that could not be fetched.</summary>
internal sealed record ExportSummary(int Pages, int Files, int Compressed, TimeSpan Elapsed, IReadOnlyList<string> Failures);
