using static CareerPaths.Content.Loading.ContentSchemas;

namespace CareerPaths.Content.Loading;

/// <summary>
/// The fields of each YAML table file and of its entries, with what editors are told about them.
/// Each entry set is declared before the file that lists it, because static fields are set in
/// the order they are written.
/// </summary>
public static class TableSchemas
{
    /// <summary>Where a certification is in its life: on offer, announced for retirement, or no longer awarded.</summary>
    public static readonly IReadOnlyList<string> CertificationStatuses = ["active", "retiring", "retired"];

    /// <summary>The kinds of learning resource an editor may use.</summary>
    public static readonly IReadOnlyList<string> LearningKinds =
        ["framework", "standard", "regulation", "knowledge base", "guide", "course", "tool"];

    public static readonly FieldSet Level = new(
        "level",
        Required("slug", FieldKind.Slug, "slug: entry",
            "The level's slug, which roles and certifications use in their level field.", "entry", "mid", "advanced", "executive"),
        Required("name", FieldKind.Text, "name: Entry-Level", "The level's full name."),
        Required("label", FieldKind.Text, "label: Entry", "The short name used in tables."),
        Required("years_min", FieldKind.WholeNumber, "years_min: 0", "The fewest years of experience typical at this level."),
        Optional("years_max", FieldKind.WholeNumber, "years_max: 2",
            "The most years of experience typical at this level; leave it out for an open top level."),
        Required("roles", FieldKind.Text, "roles: Roles such as Analyst, Specialist, and Junior Engineer.",
            "A sentence naming example roles at this level."),
        Required("focus", FieldKind.Text, "focus: Focus on learning fundamentals.",
            "A sentence on what people at this level focus on.", "Focus on learning fundamentals and building practical experience."),
        Required("salary_min", FieldKind.WholeNumber, "salary_min: 75000", "The bottom of the salary range in whole US dollars, with no $ or commas."),
        Required("salary_max", FieldKind.WholeNumber, "salary_max: 100000", "The top of the salary range in whole US dollars, with no $ or commas."),
        Optional("salary_open_ended", FieldKind.Flag, "salary_open_ended: true", "true shows the maximum as open-ended, like $250,000+."),
        Optional("salary_source", FieldKind.Text, "salary_source: The seed page, AI Security Career Pathways",
            "Where the salary range comes from, in words a reader can follow up: a survey, a report or the page it was copied from. Shown under the salary chart and table."),
        Optional("salary_as_of", FieldKind.Date, "salary_as_of: 2026-11-27",
            "The date the range is valid for, or when it was taken from its source, written YYYY-MM-DD."))
    {
        Description = "One career level. The file lists exactly the four levels, lowest first.",
    };

    public static readonly FieldSet LevelsFile = new(
        "levels file",
        Entries("levels", Level, "The four levels, lowest first; each entry starts with '- slug:'."))
    {
        Description = "The career levels with their years of experience and salary ranges, shown throughout the site.",
    };

    public static readonly FieldSet Background = new(
        "background",
        Required("slug", FieldKind.Slug, "slug: software-developer", "The background's slug, which guides use in their backgrounds field."),
        Required("name", FieldKind.Text, "name: Software Developer", "The background's name."),
        Required("role", FieldKind.Slug, "role: ai-security-engineer",
            "The slug of the role this background leads to: a file name in roles/ without .md."),
        Optional("label", FieldKind.Text, "label: AI Security Operations",
            "How to word the role in the mapping table, only when it should differ from the role's title."),
        Required("carries_over", FieldKind.Text, "carries_over: One sentence on the strengths it brings.",
            "One sentence on the strengths this background brings.",
            "You already write, review and ship production code, which is most of what securing an AI pipeline takes."),
        Required("skills", FieldKind.SlugList, "skills: [software-engineering, python-programming]",
            "The slugs of the skills, from skills.yml, that people with this background usually bring; find-your-path weighs them against the role's skill_needs.",
            "[software-engineering, python-programming]"))
    {
        Description = "One background people come from, and the role it most naturally leads to.",
    };

    public static readonly FieldSet BackgroundGroup = new(
        "background group",
        Required("slug", FieldKind.Slug, "slug: technical", "The group's slug.", "technical", "non-technical"),
        Required("name", FieldKind.Text, "name: Technical Backgrounds", "The group's heading."),
        Entries("backgrounds", Background, "The backgrounds in this group; each entry starts with '- slug:'."))
    {
        Description = "A group of related backgrounds, shown together.",
    };

    public static readonly FieldSet BackgroundsFile = new(
        "backgrounds file",
        Entries("groups", BackgroundGroup, "The groups of backgrounds; each entry starts with '- slug:'."))
    {
        Description = "Where people come from, and the role each background leads to. Used by the entry points and find-your-path pages.",
    };

    public static readonly FieldSet Certification = new(
        "certification",
        Required("slug", FieldKind.Slug, "slug: isc2-cissp", "The certification's slug."),
        Required("name", FieldKind.Text, "name: CISSP (Certified Information Systems Security Professional)", "The certification's full name."),
        Required("issuer", FieldKind.Text, "issuer: ISC2", "The organization that awards it."),
        Required("level", FieldKind.Slug, "level: advanced",
            "The slug of the level it suits, from levels.yml.", "entry", "mid", "advanced", "executive"),
        Required("tracks", FieldKind.SlugList, "tracks: [technical]", "The slugs of the tracks it serves.", "[technical]", "[governance, operations]"),
        Required("roles", FieldKind.SlugList, "roles: [ai-security-architect]", "The slugs of the roles it serves: file names in roles/ without .md."),
        Builds("builds: [security-architecture]", "[security-architecture, security-frameworks]"),
        Required("url", FieldKind.Url, "url: https://www.isc2.org/certifications/cissp",
            "The issuer's page for the certification; a full https:// address."),
        Optional("status", FieldKind.Text, "status: retiring",
            "active (the default), retiring (the issuer has announced a retirement date) or retired (no longer awarded). Role pages and find-your-path never recommend a retired certification.")
            with
        { Choices = CertificationStatuses },
        Optional("retires", FieldKind.Date, "retires: 2026-06-30",
            "For a retiring certification: the date the issuer stops awarding it, written YYYY-MM-DD, as the issuer's own page gives it."),
        Optional("retired", FieldKind.Date, "retired: 2026-06-30",
            "For a retired certification: the date the issuer stopped awarding it, written YYYY-MM-DD, as the issuer's own page gives it."),
        Optional("replaced_by", FieldKind.Slug, "replaced_by: microsoft-azure-ai-apps-agents-developer",
            "The slug of the certification in this file that the issuer names as the successor; pages point readers at it."),
        Optional("checked", FieldKind.Date, "checked: 2026-12-02",
            "The date an editor last checked this entry against the issuer's own page, written YYYY-MM-DD."),
        Required("summary", FieldKind.Text, "summary: What it proves and why it matters.",
            "What it proves and why it matters for AI security work.",
            "A broad, senior security certification covering security architecture, risk and operations."))
    {
        Description = "One real certification, with the level, tracks and roles it serves.",
    };

    public static readonly FieldSet CertificationsFile = new(
        "certifications file",
        Entries("certifications", Certification, "The certifications; each entry starts with '- slug:'."))
    {
        Description = "Real certifications by level and role, shown on /resources/certifications and on role pages.",
    };

    public static readonly FieldSet LearningResource = new(
        "learning resource",
        Required("slug", FieldKind.Slug, "slug: nist-ai-rmf", "The resource's slug."),
        Required("name", FieldKind.Text, "name: NIST AI Risk Management Framework", "The resource's full name."),
        Required("publisher", FieldKind.Text, "publisher: NIST", "Who publishes it.", "National Institute of Standards and Technology (NIST)"),
        Required("kind", FieldKind.Text, "kind: framework", "What sort of resource it is") with { Choices = LearningKinds },
        Required("url", FieldKind.Url, "url: https://www.nist.gov/itl/ai-risk-management-framework", "Where to find it; a full https:// address."),
        Optional("checked", FieldKind.Date, "checked: 2026-12-02",
            "The date an editor last checked this entry against the publisher's own page, written YYYY-MM-DD."),
        Required("tracks", FieldKind.SlugList, "tracks: [governance]", "The slugs of the tracks it serves.", "[governance, technical]"),
        Required("roles", FieldKind.SlugList, "roles: [ai-governance-specialist]", "The slugs of the roles it serves: file names in roles/ without .md."),
        Builds("builds: [ai-governance-frameworks]", "[ai-governance-frameworks, risk-assessment]"),
        Required("summary", FieldKind.Text, "summary: What it is.", "What it is.", "A free, voluntary framework for managing the risks of AI systems."),
        Required("why", FieldKind.Text, "why: Why it matters, and for whom.", "Why it matters, and for whom.",
            "It has become a common vocabulary for AI risk, so governance and risk roles should know it."))
    {
        Description = "One framework, standard, regulation, knowledge base, guide, course or tool.",
    };

    public static readonly FieldSet LearningFile = new(
        "learning file",
        Entries("resources", LearningResource, "The resources; each entry starts with '- slug:'."))
    {
        Description = "Frameworks, standards, regulations and courses, shown on /resources/learning and on role pages.",
    };

    public static readonly FieldSet SkillCategory = new(
        "skill category",
        Required("slug", FieldKind.Slug, "slug: governance-and-law", "The category's slug, which skills use in their category field."),
        Required("name", FieldKind.Text, "name: Governance and law", "The category's heading on /skills."))
    {
        Description = "A group of related skills; /skills lists the categories in the order of the file.",
    };

    public static readonly FieldSet Skill = new(
        "skill",
        Required("slug", FieldKind.Slug, "slug: incident-response",
            "The skill's slug, which roles (skill_needs), backgrounds (skills), certifications and learning resources (builds) use. It is the skill's address: /skills/<slug>."),
        Required("name", FieldKind.Text, "name: Incident response", "The skill's name, as a reader sees it."),
        Required("category", FieldKind.Slug, "category: security-operations", "The slug of its category, from the categories list above."),
        Required("description", FieldKind.Text, "description: One sentence on what the skill is.",
            "One sentence on what the skill covers in AI security work.",
            "Leading the response to a security incident, from first triage to the review afterwards."))
    {
        Description = "One skill, named once and shared by every role that needs it.",
    };

    public static readonly FieldSet SkillsFile = new(
        "skills file",
        Entries("categories", SkillCategory, "The skill categories, in the order /skills shows them; each entry starts with '- slug:'."),
        Entries("skills", Skill, "The skills; each entry starts with '- slug:'."))
    {
        Description = "The shared skills map: every skill named once, by category. Shown on /skills and on role pages, and used by compare and find-your-path.",
    };

    /// <summary>What a certification or learning resource teaches; optional, so an entry without it is still valid.</summary>
    private static FieldSpec Builds(string example, string sample) =>
        Optional("builds", FieldKind.SlugList, example,
            "The slugs of the skills, from skills.yml, that it builds; /skills/<slug> and compare list it for them.", sample);

    public static readonly FieldSet FrameworkEntry = new(
        "framework entry",
        Required("id", FieldKind.Text, "id: DD-WRL-004",
            "The identifier exactly as the publisher writes it: a NICE work role ID, an O*NET-SOC code, or the name of an ECSF profile or AI RMF function."),
        Optional("name", FieldKind.Text, "name: Secure Systems Development", "The publisher's name for it, when the identifier is a code."),
        Optional("source", FieldKind.Url, "source: https://niccs.cisa.gov/tools/nice-framework/work-role/secure-systems-development",
            "The publisher's page the identifier was copied from."))
    {
        Description = "One identifier a framework publishes.",
    };

    public static readonly FieldSet Framework = new(
        "framework",
        Required("slug", FieldKind.Slug, "slug: nice", "The framework's slug. Roles refer to nice, ecsf, onet-soc and ai-rmf.", "nice", "ecsf", "onet-soc", "ai-rmf"),
        Required("name", FieldKind.Text, "name: NICE Workforce Framework for Cybersecurity (NICE Framework)", "The framework's full name."),
        Required("publisher", FieldKind.Text, "publisher: NIST", "Who publishes it."),
        Required("version", FieldKind.Text, "version: NICE Framework Components v2.0.0 (March 2025)", "The version the identifiers below come from."),
        Required("url", FieldKind.Url, "url: https://niccs.cisa.gov/workforce-development/nice-framework", "The publisher's page for the framework."),
        Required("summary", FieldKind.Text, "summary: What the framework is and who uses it.", "What the framework is and who uses it, shown on /frameworks."),
        Entries("entries", FrameworkEntry, "The identifiers roles may name; each entry starts with '- id:'."))
    {
        Description = "One framework roles are mapped to, at one version.",
    };

    public static readonly FieldSet FrameworksFile = new(
        "frameworks file",
        Entries("frameworks", Framework, "The frameworks; each entry starts with '- slug:'."))
    {
        Description = "The frameworks roles are mapped to (NICE, ECSF, O*NET-SOC, NIST AI RMF), with every identifier roles may use. Shown on role pages and /frameworks.",
    };

    public static readonly FieldSet SynonymGroup = new(
        "synonym group",
        Required("terms", FieldKind.TextList, "terms: [pentest, penetration testing]",
            "Words and phrases that mean the same to someone searching, as people type them: abbreviations, everyday words, other spellings. Each term belongs to one group.",
            "[pentest, pen test, penetration testing]", "[CISO, chief information security officer]"))
    {
        Description = "One group of search terms that mean the same: a search for any of them finds pages that use any other.",
    };

    public static readonly FieldSet SynonymsFile = new(
        "synonyms file",
        Entries("synonyms", SynonymGroup, "The groups of synonyms; each entry starts with '- terms:'."))
    {
        Description = "Search's synonyms (search/synonyms.yml): abbreviations, job-ad words and everyday words, each with the words the site itself uses. Role job titles are added by themselves.",
    };

    private static FieldSpec Entries(string name, FieldSet entries, string description) =>
        new(name, FieldKind.EntryList, true, name + ":") { Description = description, Entries = entries };
}
