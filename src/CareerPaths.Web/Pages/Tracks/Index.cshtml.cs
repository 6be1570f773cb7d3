using CareerPaths.Content.Loading;
using CareerPaths.Web.LiveContent;
using CareerPaths.Web.Pages.Common;

namespace CareerPaths.Web.Pages.Tracks;

/// <summary>The three tracks side by side.</summary>
public sealed class IndexModel(CatalogStore store) : SectionPageModel(store, SiteSections.Tracks, "Tracks")
{
    public void OnGet() => Meta = SectionMeta();
}
