using CareerPaths.Content.Model;

namespace CareerPaths.Web.Pages.Tracks;

/// <summary>A position on the printable map, with its usual next steps by title, or null at the top of the track.</summary>
internal sealed record PrintedRole(Role Role, string? Next);
