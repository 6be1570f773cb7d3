using CareerPaths.Content.Model;
using CareerPaths.Web.Pages.Common;

namespace CareerPaths.Web.Pages.Roles;

/// <summary>
/// One role and its neighbourhood: the backgrounds that lead to it (or, when none does, the roles
/// below it as a sentence), the moves sideways, and the certifications and learning that serve it.
/// Its track, level and next steps come with the role itself.
/// </summary>
/// <param name="ReachedFrom">Who reaches the role from the level below, by title, for roles no background leads to.</param>
internal sealed record RoleView(
    Role Role,
    IReadOnlyList<Background> Backgrounds,
    string ReachedFrom,
    IReadOnlyList<Role> Sideways,
    IReadOnlyList<CertificationNote> Certifications,
    IReadOnlyList<LearningResource> Learning,
    IReadOnlyList<Framework> Frameworks)
{
    /// <summary>The version of a framework by its slug, shown next to its identifiers.</summary>
    public string VersionOf(string slug) => Frameworks.FirstOrDefault(f => f.Slug == slug)?.Version ?? string.Empty;

    public static RoleView Of(Catalog catalog, Role role)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return new RoleView(
            role,
            catalog.BackgroundsLeadingTo(role),
            string.Join(", ", catalog.PreviousSteps(role).Select(r => r.Title).DefaultIfEmpty(catalog.Text["role.reached-from-anywhere"])),
            catalog.SidewaysMoves(role),
            CertificationNote.Of(catalog, catalog.CertificationsFor(role)),
            catalog.LearningFor(role),
            catalog.Frameworks);
    }
}
