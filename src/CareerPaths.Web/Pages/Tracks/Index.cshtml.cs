using CareerPaths.Content.Loading;
using CareerPaths.Web.LiveContent;
using CareerPaths.Web.Pages.Common;

namespace CareerPaths.Web.Pages.Tracks;

/// <summary>Every track side by side, with a table of positions by track and level.</summary>
internal sealed class IndexModel(CatalogStore store) : SectionPageModel(store, SiteSections.Tracks, "nav.tracks")
{
    public TracksView View { get; private set; } = null!;

    public void OnGet()
    {
        View = TracksView.Of(Catalog);
        Meta = SectionMeta();
    }
}
