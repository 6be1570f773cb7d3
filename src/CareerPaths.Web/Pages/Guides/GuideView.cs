using CareerPaths.Content.Model;

namespace CareerPaths.Web.Pages.Guides;

/// <summary>One guide, and the other guides to read next.</summary>
internal sealed record GuideView(Guide Guide, IReadOnlyList<Guide> Others);
