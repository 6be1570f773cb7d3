using CareerPaths.Content.Model;

namespace CareerPaths.Web.Pages.Resources;

/// <summary>The resource hub: a card per resource section, and the guides by audience.</summary>
internal sealed record ResourcesView(IReadOnlyList<SectionPage> Sections, IReadOnlyList<Guide> Guides);
