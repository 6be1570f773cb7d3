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
    RichText Body,
    SourceRef Source)
{
    /// <summary>The required skills as separate items, split on the commas between them.</summary>
    public IReadOnlyList<string> SkillItems => TextItems.Split(Skills);
}
