namespace CareerPaths.Content.Model;

/// <summary>One position, placed in a track and a level.</summary>
/// <param name="JobTitles">The titles employers advertise the role under ("Also advertised as"); search matches them like the title.</param>
/// <param name="NextSteps">
/// The usual next steps up: the roles its <c>next</c> field names, or else every role one level up
/// in its track. They always sit at a higher level, so following them always ends.
/// </param>
public sealed record Role(
    string Slug,
    string Title,
    IReadOnlyList<string> JobTitles,
    Track Track,
    Level Level,
    int Order,
    string Summary,
    string Responsibilities,
    string Skills,
    IReadOnlyList<Role> NextSteps,
    DateOnly Reviewed,
    Crosswalk Crosswalk,
    RichText Body,
    SourceRef Source)
{
    /// <summary>The skills from the skills map this role needs, each with the level expected, in the order the file lists them.</summary>
    public IReadOnlyList<SkillNeed> SkillNeeds { get; init; } = [];

    /// <summary>How well this role needs a skill, or null when it does not need it.</summary>
    public SkillNeed? NeedFor(Skill skill)
    {
        ArgumentNullException.ThrowIfNull(skill);
        return SkillNeeds.FirstOrDefault(n => n.Skill.Slug == skill.Slug);
    }

    /// <summary>The required skills as separate items, split on the commas between them.</summary>
    public IReadOnlyList<string> SkillItems => TextItems.Split(Skills);
}
