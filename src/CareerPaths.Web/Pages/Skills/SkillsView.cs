using CareerPaths.Content.Model;

namespace CareerPaths.Web.Pages.Skills;

/// <summary>The skills map: each category with its skills, and how many roles need each.</summary>
internal sealed record SkillsView(IReadOnlyList<SkillsView.Category> Categories)
{
    public static SkillsView Of(Catalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return new SkillsView([.. catalog.SkillCategories
            .Select(c => new Category(c, [.. catalog.SkillsIn(c).Select(s => new Entry(s, catalog.RolesNeeding(s).Count))]))
            .Where(c => c.Skills.Count > 0)]);
    }

    internal sealed record Category(SkillCategory Info, IReadOnlyList<Entry> Skills);

    internal sealed record Entry(Skill Skill, int RoleCount);
}
