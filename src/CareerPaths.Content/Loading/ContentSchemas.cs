namespace CareerPaths.Content.Loading;

/// <summary>
/// The fields of each kind of Markdown entry (its front matter), with what editors are told
/// about them. The loader reads with these, the validator reports missing and unknown fields
/// from these, and the JSON Schemas in content/schemas are generated from these (see
/// <see cref="Schemas.ContentSchemaWriter"/>). The YAML tables are in <see cref="TableSchemas"/>.
/// </summary>
public static class ContentSchemas
{
    public static readonly FieldSet SectionPage = new(
        "section page",
        Required("title", FieldKind.Text, "title: Career Progression Visualization",
            "The page's title: its main heading and the name in the browser tab."),
        Required("description", FieldKind.Text, "description: One sentence for search engines and link previews.",
            "One sentence, under 200 characters, that search engines and link previews show for this page.",
            "How AI security careers progress from entry level to executive, with typical years and salaries."),
        Required("intro", FieldKind.Text, "intro: The lead paragraph under the heading.",
            "The lead paragraph under the heading. Markdown links to site addresses are allowed, like [roles](/roles). Quote the text if it contains ': ' or starts with [, {, \" or #.",
            "Explore the three main career tracks and progression paths in AI Security"),
        Optional("heading", FieldKind.Text, "heading: Ready to Explore Specific Positions?",
            "The heading the overview page uses for this section when it should differ from the title."),
        Optional("reviewed", FieldKind.Date, "reviewed: 2026-12-02",
            "The date an editor last checked the page, written YYYY-MM-DD. Set it when you change the page, so validate can tell which translations to look at again."))
    {
        Description = "The settings at the top of a section page: _index.md (the overview), progression.md, entry-points.md, find-your-path.md, tracks/_index.md, roles/_index.md and the pages in resources/. The text below the front matter is optional extra Markdown shown after the intro.",
    };

    public static readonly FieldSet Track = new(
        "track",
        Required("title", FieldKind.Text, "title: Technical Track", "The track page's title."),
        Required("name", FieldKind.Text, "name: Technical", "The short name used in tables and filters."),
        Required("order", FieldKind.WholeNumber, "order: 1", "Where the track is listed among the tracks: lower numbers come first."),
        Required("summary", FieldKind.Text, "summary: One sentence about the track.",
            "One sentence about the track, used on cards and by search engines.",
            "Build and test the controls that keep AI systems secure."),
        Required("focus_areas", FieldKind.TextList, "focus_areas: [Developing secure AI systems]",
            "The track's focus areas, one per item.",
            "[Developing secure AI systems, Implementing security controls]"),
        Required("best_for", FieldKind.Text, "best_for: Those with programming backgrounds",
            "Who the track suits; shown after \"Best for:\".",
            "Those with programming, engineering, or technical security backgrounds"),
        Optional("color", FieldKind.Color, "color: \"#1d4ed8\"",
            "The track's colour on cards, ladders and the career map: # and six hex digits, in quotes. It needs a contrast of 3:1 against the page; validate suggests a shade that passes. Dark mode uses a lighter shade worked out from it. Leave it out to take the next colour of the site's palette.",
            "#1d4ed8"),
        Optional("reviewed", FieldKind.Date, "reviewed: 2026-12-02",
            "The date an editor last checked the track, written YYYY-MM-DD. Set it when you change the track, so validate can tell which translations to look at again."))
    {
        Description = "The settings at the top of a career track, tracks/<slug>.md. The file name is the track's slug, which roles use in their track field. The text below the front matter describes the track in two or three paragraphs.",
    };

    /// <summary>The levels a role may expect a skill at: a working knowledge, or expert depth.</summary>
    public static readonly IReadOnlyList<string> SkillLevels = ["working", "expert"];

    public static readonly FieldSet SkillNeed = new(
        "skill need",
        Required("skill", FieldKind.Slug, "skill: incident-response", "The slug of a skill from skills.yml."),
        new FieldSpec("level", FieldKind.Text, true, "level: working")
        {
            Description = "How well the role needs it: working (a working knowledge) or expert",
            Choices = SkillLevels,
        })
    {
        Description = "One skill a role needs, and how well.",
    };

    public static readonly FieldSet Role = new(
        "role",
        Required("title", FieldKind.Text, "title: AI Security Engineer", "The role's title."),
        Optional("job_titles", FieldKind.TextList, "job_titles: [ML Security Engineer, AI Application Security Engineer]",
            "The titles employers actually advertise this role under, two to five, as they appear in job ads. The role page shows them as \"Also advertised as\", and search finds the role by them.",
            "[ML Security Engineer, AI Application Security Engineer]"),
        Required("track", FieldKind.Slug, "track: technical",
            "The slug of the role's track: a file name in tracks/ without .md.", "technical", "governance", "operations"),
        Required("level", FieldKind.Slug, "level: mid",
            "The slug of the role's level, from levels.yml.", "entry", "mid", "advanced", "executive"),
        Optional("order", FieldKind.WholeNumber, "order: 1",
            "The role's position within its level in the track table; lower numbers come first (default 100)."),
        Required("summary", FieldKind.Text, "summary: One sentence about the role.",
            "One sentence about the role, used on cards, in search results and by search engines.",
            "Designs and builds the security controls that protect AI systems across their lifecycle."),
        Required("responsibilities", FieldKind.Text, "responsibilities: Design controls, secure the lifecycle, test",
            "The main duties as one line of text, separated by commas, as shown in the track table.",
            "Design and implement AI security controls, secure the AI lifecycle, conduct security testing"),
        Required("skills", FieldKind.Text, "skills: Strong programming skills, knowledge of AI/ML vulnerabilities",
            "The required skills as one line of text, separated by commas, shown word for word in the track table; skill_needs says the same with skills from skills.yml.",
            "Strong programming skills, knowledge of AI/ML vulnerabilities, experience with security frameworks"),
        new FieldSpec("skill_needs", FieldKind.EntryList, false, "skill_needs:")
        {
            Description = "The skills from skills.yml this role needs, each with the level expected: `- { skill: incident-response, level: expert }`. Compare, find-your-path and /skills are worked out from them.",
            Entries = SkillNeed,
        },
        Optional("next", FieldKind.SlugList, "next: [ai-security-architect]",
            "The slugs of the roles that are the usual next step up; each must be at a higher level. Leave it out and the site offers every role one level up in the same track."),
        Required("reviewed", FieldKind.Date, "reviewed: 2026-11-27", "The date an editor last checked the page, written YYYY-MM-DD."),
        Optional("nice_work_roles", FieldKind.TextList, "nice_work_roles: [DD-WRL-004]",
            "The NICE Framework work roles this role covers, by the identifiers listed in frameworks.yml.", "[DD-WRL-004, DD-WRL-003]"),
        Optional("ecsf_profiles", FieldKind.TextList, "ecsf_profiles: [Cybersecurity Implementer]",
            "The ENISA ECSF role profiles this role matches, by the names listed in frameworks.yml."),
        Optional("onet_soc", FieldKind.Text, "onet_soc: 15-1299.05",
            "The nearest O*NET-SOC occupation, by the code listed in frameworks.yml."),
        Optional("ai_rmf_functions", FieldKind.TextList, "ai_rmf_functions: [Map, Measure, Manage]",
            "The NIST AI RMF functions this role mostly serves: Govern, Map, Measure, Manage."),
        Optional("crosswalk_note", FieldKind.Text, "crosswalk_note: No NICE work role covers AI ethics; the nearest is listed.",
            "What readers should know about how well the frameworks fit, such as which part of the job no work role covers."))
    {
        Description = "The settings at the top of a position, roles/<slug>.md. The file name is the role's slug. The text below the front matter is the narrative: three to five paragraphs on the job, how people get into it and what comes next. Backgrounds, sideways moves and certifications are worked out from the other files.",
    };

    public static readonly FieldSet Guide = new(
        "guide",
        Required("title", FieldKind.Text, "title: From software developer to AI security", "The guide's title."),
        Required("audience", FieldKind.Text, "audience: Software developers and data scientists", "Who the guide is written for."),
        Required("summary", FieldKind.Text, "summary: One sentence about the guide.",
            "One sentence about the guide, used on the guide list and by search engines.",
            "How developers move into AI security engineering, and what to learn first."),
        Optional("order", FieldKind.WholeNumber, "order: 1",
            "The guide's position in the guide list; lower numbers come first (default 100)."),
        Optional("backgrounds", FieldKind.SlugList, "backgrounds: [software-developer]",
            "Slugs of backgrounds from backgrounds.yml; find-your-path suggests this guide to people with them.",
            "[software-developer, data-scientist]"),
        Required("reviewed", FieldKind.Date, "reviewed: 2026-11-27", "The date an editor last checked the guide, written YYYY-MM-DD."))
    {
        Description = "The settings at the top of an audience guide, guides/<slug>.md. The text below the front matter is the guide itself, at least 500 words.",
    };

    /// <param name="samples">Sample values for the schema, as YAML; none means the value in the example.</param>
    internal static FieldSpec Required(string name, FieldKind kind, string example, string description, params string[] samples) =>
        new(name, kind, true, example) { Description = description, Samples = samples };

    /// <param name="samples">Sample values for the schema, as YAML; none means the value in the example.</param>
    internal static FieldSpec Optional(string name, FieldKind kind, string example, string description, params string[] samples) =>
        new(name, kind, false, example) { Description = description, Samples = samples };
}
