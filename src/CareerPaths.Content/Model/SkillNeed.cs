namespace CareerPaths.Content.Model;

/// <summary>One skill a role needs, and how well.</summary>
public sealed record SkillNeed(Skill Skill, SkillLevel Level)
{
    /// <summary>The level as a reader sees it: "working knowledge" or "expert".</summary>
    public string LevelName => NameOf(Level);

    public static string NameOf(SkillLevel level) => level == SkillLevel.Expert ? "expert" : "working knowledge";

    /// <summary>The spelling editors use in skill_needs, "working" or "expert".</summary>
    public static SkillLevel Parse(string text) =>
        string.Equals(text, "expert", StringComparison.Ordinal) ? SkillLevel.Expert : SkillLevel.Working;
}
