using CareerPaths.Content.Addresses;
using CareerPaths.Content.Model;
using CareerPaths.Web.LiveContent;
using CareerPaths.Web.Pages.Common;

namespace CareerPaths.Web.Pages.Skills;

/// <summary>One skill of the skills map; an unknown skill is the site's 404.</summary>
internal sealed class SkillModel(CatalogStore store) : EntryPageModel<Skill, SkillView>(store)
{
    protected override Skill? Find(string slug) => Catalog.FindSkill(slug);

    protected override SkillView Show(Skill skill) => SkillView.Of(Catalog, skill);

    protected override PageMeta Describe(Skill found)
    {
        var path = SiteMap.Skill(found);
        return new PageMeta(found.Name, found.Description, path)
        {
            Section = SiteMap.Skills,
            Breadcrumbs = Trail((T["nav.skills"], SiteMap.Skills), (found.Name, path)),
            SourceFile = found.Source.Path,
        };
    }
}
