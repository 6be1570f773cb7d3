using CareerPaths.Content.Model;

namespace CareerPaths.Web.Pages.Resources;

/// <summary>The downloads: the data set, and a printable career map per track.</summary>
internal sealed record DownloadsView(IReadOnlyList<Track> Tracks);
