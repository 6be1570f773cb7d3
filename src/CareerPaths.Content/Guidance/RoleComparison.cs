using CareerPaths.Content.Model;

namespace CareerPaths.Content.Guidance;

/// <summary>
/// Two roles side by side: how far apart their levels, years and salaries are, how their skills
/// differ, the route between them through next-step links, what helps along the way, and other
/// roles that need much the same skills as the target.
/// </summary>
/// <param name="Shared">Skills both roles need that the first already has at the level the second expects.</param>
/// <param name="ToAdd">Skills the target needs that the first role does not.</param>
/// <param name="ToDeepen">Skills the first role needs as working knowledge and the target needs at expert level.</param>
/// <param name="Route">How to get from one to the other, or why next-step links do not lead there.</param>
/// <param name="Similar">Other roles that need most of the target's skills, with how many of them.</param>
public sealed record RoleComparison(
    Role From,
    Role To,
    IReadOnlyList<SkillNeed> Shared,
    IReadOnlyList<SkillNeed> ToAdd,
    IReadOnlyList<SkillNeed> ToDeepen,
    CareerRoute Route,
    IReadOnlyList<Certification> Certifications,
    IReadOnlyList<LearningResource> Learning,
    IReadOnlyList<SimilarRole> Similar)
{
    public bool IsSameRole => From.Slug == To.Slug;

    /// <summary>Levels up (positive) or down (negative) from the first role to the second.</summary>
    public int LevelSteps => To.Level.Rank - From.Level.Rank;

    /// <summary>The difference in typical minimum years of experience.</summary>
    public int YearsDifference => To.Level.YearsMin - From.Level.YearsMin;

    public int SalaryMinDifference => To.Level.Salary.Min - From.Level.Salary.Min;

    public int SalaryMaxDifference => To.Level.Salary.Max - From.Level.Salary.Max;
}
