using CareerPaths.Content.Model;
using Microsoft.AspNetCore.Html;

namespace CareerPaths.Web.Pages.Map;

/// <summary>The career map: the drawing, and the same roles as text, one ladder per track.</summary>
/// <param name="TopLevel">The level drawn at the top of the map, which the introduction names.</param>
internal sealed record MapView(IHtmlContent Drawing, Level TopLevel, IReadOnlyList<MapLadder> Ladders);
