namespace CareerPaths.Content.Loading.Translations;

/// <summary>
/// The words of each kind of content that a translation carries. Everything else (a role's track,
/// level and next steps, a level's years and salary, which role a background leads to) comes from
/// the original, so the languages cannot disagree about a fact.
/// </summary>
internal static class TranslationSchemas
{
    public static readonly TranslationSchema SectionPage =
        TranslationSchema.ForMarkdown(ContentSchemas.SectionPage, "title", "description", "intro", "heading");

    public static readonly TranslationSchema Track =
        TranslationSchema.ForMarkdown(ContentSchemas.Track, "title", "name", "summary", "focus_areas", "best_for");

    public static readonly TranslationSchema Role =
        TranslationSchema.ForMarkdown(ContentSchemas.Role, "title", "job_titles", "summary", "responsibilities", "skills", "crosswalk_note");

    public static readonly TranslationSchema Guide =
        TranslationSchema.ForMarkdown(ContentSchemas.Guide, "title", "audience", "summary");

    public static readonly TranslationSchema LevelsFile = TranslationSchema.ForTable(
        TableSchemas.LevelsFile,
        new Dictionary<string, TranslationSchema>
        {
            ["levels"] = TranslationSchema.ForTable(TableSchemas.Level, null, "name", "label", "roles", "focus", "salary_source"),
        });

    public static readonly TranslationSchema BackgroundsFile = TranslationSchema.ForTable(
        TableSchemas.BackgroundsFile,
        new Dictionary<string, TranslationSchema>
        {
            ["groups"] = TranslationSchema.ForTable(
                TableSchemas.BackgroundGroup,
                new Dictionary<string, TranslationSchema>
                {
                    ["backgrounds"] = TranslationSchema.ForTable(TableSchemas.Background, null, "name", "label", "carries_over"),
                },
                "name"),
        });

    public static readonly TranslationSchema SkillsFile = TranslationSchema.ForTable(
        TableSchemas.SkillsFile,
        new Dictionary<string, TranslationSchema>
        {
            ["categories"] = TranslationSchema.ForTable(TableSchemas.SkillCategory, null, "name"),
            ["skills"] = TranslationSchema.ForTable(TableSchemas.Skill, null, "name", "description"),
        });

    /// <summary>The files a translation may translate, by the original's path, as editors are told.</summary>
    public const string Translatable = "section pages, tracks/, roles/, guides/, levels.yml, backgrounds.yml and skills.yml";

    /// <summary>The schema for the translation of a table, by the original's path; null for a file that is not translated.</summary>
    public static TranslationSchema? ForTable(string originalPath) => originalPath switch
    {
        SiteSections.LevelsFile => LevelsFile,
        SiteSections.BackgroundsFile => BackgroundsFile,
        SiteSections.SkillsFile => SkillsFile,
        _ => null,
    };
}
