using CareerPaths.Content.Model;

namespace CareerPaths.Web.Pages.Tracks;

/// <summary>One track: its own words, and its progression table.</summary>
internal sealed record TrackView(Track Track, TrackTable Table);
