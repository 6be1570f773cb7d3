using CareerPaths.Content.Model;

namespace CareerPaths.Content.Guidance;

/// <summary>The answer find-your-path gives: a track and an entry role, why, what to learn and where it leads.</summary>
public sealed record PathRecommendation(
    Track Track,
    Role EntryRole,
    Level EntryLevel,
    Background? Background,
    int Years,
    IReadOnlyList<string> Strengths,
    IReadOnlyList<SkillNeed> SkillsYouHave,
    IReadOnlyList<SkillNeed> SkillsToBuild,
    IReadOnlyList<Role> NextSteps,
    Track? AlsoConsider,
    IReadOnlyList<Certification> Certifications,
    IReadOnlyList<LearningResource> Learning,
    IReadOnlyList<Guide> Guides,
    IReadOnlyList<string> Notices);
