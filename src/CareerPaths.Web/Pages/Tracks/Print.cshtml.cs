using CareerPaths.Content.Addresses;
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
        return new PageMeta($"{track.Title} career map (printable)", $"A one-page printable career map of the {track.Name} track: every position by level, with salary ranges and next steps.", path)
        {
            Section = SiteMap.Resources,
            Breadcrumbs = Trail(("Resources", SiteMap.Resources), ("Downloadable Materials", SiteMap.Downloads), ($"{track.Name} career map", path)),
            SourceFile = track.Source.Path,
        };
    }
}
