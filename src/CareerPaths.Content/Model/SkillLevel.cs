namespace CareerPaths.Content.Model;

/// <summary>How well a role needs a skill. Expert is the deeper of the two, so it sorts after working knowledge.</summary>
public enum SkillLevel
{
    /// <summary>Enough to use it in the job without help.</summary>
    Working,

    /// <summary>Deep enough to lead, teach and decide on it.</summary>
    Expert,
}
