using CareerPaths.Content.Model;

namespace CareerPaths.Web.Pages.Map;

/// <summary>A role in the text version of the map, with where people come in from and where it leads, as the list reads them.</summary>
/// <param name="EnteredFrom">The backgrounds that lead here, by name ("Software Developer, Data Scientist"), or null when none does.</param>
/// <param name="Next">The usual next steps, by title, or null at the top of a track.</param>
internal sealed record MapEntry(Role Role, string? EnteredFrom, string? Next);
