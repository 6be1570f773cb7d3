using CareerPaths.Content.Model;

namespace CareerPaths.Web.Pages.Tracks;

/// <summary>A row of the positions table: one level, and its roles in each track, in track order.</summary>
internal sealed record PositionsAtLevel(Level Level, IReadOnlyList<IReadOnlyList<Role>> ByTrack);
