using CareerPaths.Content.Addresses;
using CareerPaths.Content.Model;
using CareerPaths.Web.LiveContent;

namespace CareerPaths.Web.Pages.Common;

/// <summary>
/// A page built around one section page from content (progression, tracks, roles, resources...):
/// its words, its address and its place in the breadcrumb trail.
/// </summary>
/// <param name="crumb">
/// The interface-text key of the page's name in the breadcrumb trail ("nav.progression"); a text
/// that is not a key is shown as it is.
/// </param>
internal abstract class SectionPageModel(CatalogStore store, string key, string crumb) : SitePageModel(store)
{
    public SectionPage Section => Catalog.Page(key);

    protected SitePath Path => SiteMap.Section(key);

    /// <summary>Title, description, canonical path, trail and source file, all from the section page.</summary>
    protected PageMeta SectionMeta() =>
        new(Section.Title, Section.Description, Path)
        {
            Breadcrumbs = Trail((T.Has(crumb) ? T[crumb] : crumb, Path)),
            SourceFile = Section.Source.Path,
        };
}
