using CareerPaths.Content.Model;

namespace CareerPaths.Web.Pages.Skills;

/// <summary>One skill: the roles that need it, by track and then level, with the level each expects, and what builds it.</summary>
internal sealed record SkillView(
    Skill Skill,
    IReadOnlyList<SkillView.TrackRoles> Tracks,
    IReadOnlyList<Certification> Certifications,
    IReadOnlyList<LearningResource> Learning)
{
    public static SkillView Of(Catalog catalog, Skill skill)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var needing = catalog.RolesNeeding(skill);
        return new SkillView(
            skill,
            [.. catalog.Tracks
                .Select(t => new TrackRoles(t, [.. needing.Where(r => r.Track.Slug == t.Slug).Select(r => new RoleNeed(r, r.NeedFor(skill)!))]))
                .Where(t => t.Roles.Count > 0)],
            catalog.CertificationsBuilding(skill),
            catalog.LearningBuilding(skill));
    }

    internal sealed record TrackRoles(Track Track, IReadOnlyList<RoleNeed> Roles);

    internal sealed record RoleNeed(Role Role, SkillNeed Need);
}
