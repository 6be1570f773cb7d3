using CareerPaths.Content.Model;
using CareerPaths.Web.LiveContent;
using CareerPaths.Web.Pages.Common;

namespace CareerPaths.Web.Pages.Tracks;

/// <summary>A page about one track: its own page, or its printable career map.</summary>
public abstract class TrackPageModel(CatalogStore store) : EntryPageModel<Track>(store)
{
    public Track Track => Entry;

    protected override Track? Find(string slug) => Catalog.FindTrack(slug);
}
