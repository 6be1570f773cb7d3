using CareerPaths.Content.Model;

namespace CareerPaths.Web.Pages.Tracks;

/// <summary>A level of the printable map and the track's positions at it.</summary>
internal sealed record PrintedLevel(Level Level, IReadOnlyList<PrintedRole> Roles);
