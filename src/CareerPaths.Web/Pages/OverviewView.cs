using CareerPaths.Content.Model;

namespace CareerPaths.Web.Pages;

/// <summary>
/// What the overview shows: the seed's title and intro, the heading and intro of each section it
/// leads on to, the track cards, the level strip, the guides and the resource pages.
/// </summary>
internal sealed record OverviewView(
    SectionPage Overview,
    SectionPage Tracks,
    SectionPage Progression,
    SectionPage EntryPoints,
    SectionPage Roles,
    SectionPage FindYourPath,
    SectionPage Resources,
    IReadOnlyList<SectionPage> ResourcePages,
    IReadOnlyList<Track> TrackCards,
    IReadOnlyList<Level> Levels,
    IReadOnlyList<Guide> Guides);
