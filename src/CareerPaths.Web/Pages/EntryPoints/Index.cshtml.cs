using CareerPaths.Content.Loading;
using CareerPaths.Content.Model;
using CareerPaths.Web.LiveContent;
using CareerPaths.Web.Pages.Common;

namespace CareerPaths.Web.Pages.EntryPoints;

/// <summary>Background → role mappings, grouped Technical / Non-Technical, each with the role's track and entry level.</summary>
public sealed class IndexModel(CatalogStore store) : SitePageModel(store)
{
    public SectionPage Section => Catalog.Page(SiteSections.EntryPoints);

    public void OnGet() => Meta = SectionMeta(Section, "/entry-points", "Entry points");
}
