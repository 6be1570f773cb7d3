using CareerPaths.Content.Addresses;
using CareerPaths.Content.Loading;
using CareerPaths.Web.LiveContent;
using CareerPaths.Web.Pages.Common;

namespace CareerPaths.Web.Pages.Skills;

/// <summary>Every skill of the shared skills map, by category, with how many roles need it.</summary>
internal sealed class IndexModel(CatalogStore store) : SitePageModel(store)
{
    public SkillsView View { get; private set; } = null!;

    public void OnGet()
    {
        View = SkillsView.Of(Catalog);
        Meta = new PageMeta(T["skills.title"], T["skills.description"], SiteMap.Skills)
        {
            Breadcrumbs = Trail((T["nav.skills"], SiteMap.Skills)),
            SourceFile = SiteSections.SkillsFile,
        };
    }
}
