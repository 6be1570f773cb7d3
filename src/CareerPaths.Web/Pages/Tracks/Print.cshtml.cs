using CareerPaths.Content.Addresses;
using CareerPaths.Content.Loading;
using CareerPaths.Content.Model;
using CareerPaths.Web.LiveContent;
using CareerPaths.Web.Pages.Common;

namespace CareerPaths.Web.Pages.Tracks;

/// <summary>A one-page career map of a track, laid out for print: levels, salaries, positions and the usual next steps.</summary>
internal sealed class PrintModel(CatalogStore store) : TrackPageModel<PrintView>(store)
{
    protected override PrintView Show(Track track) => PrintView.Of(Catalog, track);

    protected override PageMeta Describe(Track track)
    {
        var path = SiteMap.TrackPrint(track);
        return new PageMeta(T["tracks.print-page-title", ("track", track.Title)], T["tracks.print-description", ("track", track.Name)], path)
        {
            Section = SiteMap.Resources,
            Breadcrumbs = Trail((T["nav.resources"], SiteMap.Resources), (Catalog.Page(SiteSections.Downloads).Title, SiteMap.Downloads), (T["tracks.print-crumb", ("track", track.Name)], path)),
            SourceFile = track.Source.Path,
        };
    }
}
