namespace CareerPaths.Content.Loading;

/// <summary>
/// The section pages the site shows, keyed by address, and the YAML tables it needs. Each must
/// have its file in the content folder.
/// </summary>
public static class SiteSections
{
    public const string Overview = "";
    public const string Tracks = "tracks";
    public const string Roles = "roles";
    public const string Progression = "progression";
    public const string EntryPoints = "entry-points";
    public const string FindYourPath = "find-your-path";
    public const string Resources = "resources";
    public const string Certifications = "resources/certifications";
    public const string Learning = "resources/learning";
    public const string Downloads = "resources/downloads";

    public static readonly IReadOnlyList<string> PageKeys =
        [Overview, Tracks, Roles, Progression, EntryPoints, FindYourPath, Resources, Certifications, Learning, Downloads];

    public const string LevelsFile = "levels.yml";
    public const string BackgroundsFile = "backgrounds.yml";
    public const string CertificationsFile = "certifications.yml";
    public const string LearningFile = "learning.yml";
    public const string SkillsFile = "skills.yml";

    public static readonly IReadOnlyList<string> DataFiles = [LevelsFile, BackgroundsFile, CertificationsFile, LearningFile, SkillsFile];

    /// <summary>The framework crosswalk: read when present, so a content folder without one still loads.</summary>
    public const string FrameworksFile = "frameworks.yml";

    /// <summary>Search's synonyms: editors own it, and search works (without synonyms) when it is absent.</summary>
    public const string SynonymsFile = "search/synonyms.yml";

    /// <summary>The file that holds a section page: "" is _index.md, "tracks" is tracks/_index.md, "progression" is progression.md.</summary>
    public static string FileFor(string key) => key switch
    {
        Overview => "_index.md",
        Tracks or Roles or Resources => key + "/_index.md",
        _ => key + ".md",
    };

    /// <summary>The section page a file holds, if it holds one.</summary>
    public static string? KeyFor(string path) => PageKeys.FirstOrDefault(key => FileFor(key) == path);
}
