using CareerPaths.Content.Model;
using CareerPaths.Web.LiveContent;
using CareerPaths.Web.Pages.Common;

namespace CareerPaths.Web.Pages.Tracks;

/// <summary>A page about one track: its own page, or its printable career map.</summary>
internal abstract class TrackPageModel<TView>(CatalogStore store) : EntryPageModel<Track, TView>(store)
    where TView : class
{
    protected override Track? Find(string slug) => Catalog.FindTrack(slug);
}
