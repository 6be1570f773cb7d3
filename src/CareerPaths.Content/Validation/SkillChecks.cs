using CareerPaths.Content.Diagnostics;
using CareerPaths.Content.Loading;
using static CareerPaths.Content.Validation.ReferenceChecks;

namespace CareerPaths.Content.Validation;

/// <summary>
/// Checks every reference into the skills map (a skill's category, a role's skill_needs, a
/// background's skills, what a certification or learning resource builds) with the same
/// did-you-mean hints as other references, and that a role names each skill once.
/// </summary>
internal static class SkillChecks
{
    public static void Check(ReadEntries read, ContentErrors errors)
    {
        if (read.IsUnreadable(SiteSections.SkillsFile))
        {
            // Every reference into a broken skills file would be reported again; its own errors say enough.
            return;
        }

        var categories = Known(read.SkillCategories.Select(c => c.Slug));
        var skills = Known(read.Skills.Select(s => s.Slug));
        var levels = Known(ContentSchemas.SkillLevels);
        foreach (var skill in read.Skills)
        {
            Expect(skill.Category, "skill category", categories, skill.Source, "category", errors);
        }

        foreach (var role in read.Roles)
        {
            var named = new HashSet<string>(StringComparer.Ordinal);
            foreach (var need in role.SkillNeeds)
            {
                Expect(need.Skill, "skill", skills, need.Source, "skill", errors);
                Expect(need.Level, "skill level", levels, need.Source, "level", errors);
                if (need.Skill.Length > 0 && !named.Add(need.Skill))
                {
                    errors.Add(need.Source.Path, need.Source.At("skill"), $"skill '{need.Skill}' is listed twice in this role's skill_needs \u2014 keep one, with the level the role needs");
                }
            }
        }

        foreach (var background in read.Backgrounds)
        {
            ExpectAll(background.Skills, "skill", skills, background.Source, "skills", errors);
        }

        foreach (var certification in read.Certifications)
        {
            ExpectAll(certification.Builds, "skill", skills, certification.Source, "builds", errors);
        }

        foreach (var resource in read.LearningResources)
        {
            ExpectAll(resource.Builds, "skill", skills, resource.Source, "builds", errors);
        }
    }
}
