using CareerPaths.Content.Addresses;
using CareerPaths.Content.Model;
using CareerPaths.Web.LiveContent;
using CareerPaths.Web.Pages.Common;

namespace CareerPaths.Web.Pages.Tracks;

/// <summary>One track: focus areas, best for, its narrative and its progression table in level order.</summary>
internal sealed class TrackModel(CatalogStore store) : TrackPageModel<TrackView>(store)
{
    protected override TrackView Show(Track track) => new(track, TrackTable.Of(Catalog, track));

    protected override PageMeta Describe(Track track) =>
        new(track.Title, track.Summary, SiteMap.Track(track))
        {
            Section = SiteMap.Tracks,
            Breadcrumbs = Trail((T["nav.tracks"], SiteMap.Tracks), (track.Title, SiteMap.Track(track))),
            SourceFile = track.Source.Path,
        };
}
