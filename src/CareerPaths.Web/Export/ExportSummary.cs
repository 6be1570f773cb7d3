namespace CareerPaths.Web.Export;

/// <summary>
/// What an export fetched (pages, other files), what it wrote (files, pre-compressed copies) and
/// left alone because an earlier export had the same bytes, how long it took, and anything that
/// could not be fetched.
/// </summary>
internal sealed record ExportSummary(int Pages, int Files, int Compressed, int Written, int Unchanged, TimeSpan Elapsed, IReadOnlyList<string> Failures);
