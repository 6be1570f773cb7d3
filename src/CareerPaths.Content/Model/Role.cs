namespace CareerPaths.Content.Model;

/// <summary>One position, placed in a track and a level.</summary>
public sealed record Role(
    string Slug,
    string Title,
    string Track,
    string Level,
    int Order,
    string Summary,
    string Responsibilities,
    string Skills,
    IReadOnlyList<string> Next,
    DateOnly Reviewed,
    RichText Body,
    SourceRef Source)
{
    /// <summary>The required skills as separate items, split on the commas between them.</summary>
    public IReadOnlyList<string> SkillItems => TextItems.Split(Skills);
}
