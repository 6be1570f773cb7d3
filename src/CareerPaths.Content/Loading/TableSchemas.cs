using static CareerPaths.Content.Loading.ContentSchemas;

namespace CareerPaths.Content.Loading;

/// <summary>
/// The fields of each YAML table file and of its entries, with what editors are told about them.
/// Each entry set is declared before the file that lists it, because static fields are set in
/// the order they are written.
/// </summary>
public static class TableSchemas
{
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
        Optional("salary_open_ended", FieldKind.Flag, "salary_open_ended: true", "true shows the maximum as open-ended, like $250,000+."))
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
        Required("skills", FieldKind.TextList, "skills: [programming, python]",
            "Words from role skill lists that people with this background usually already have; find-your-path uses them to say what carries over.",
            "[programming, python, code review]"))
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
        Required("url", FieldKind.Url, "url: https://www.isc2.org/certifications/cissp",
            "The issuer's page for the certification; a full https:// address."),
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
        Required("tracks", FieldKind.SlugList, "tracks: [governance]", "The slugs of the tracks it serves.", "[governance, technical]"),
        Required("roles", FieldKind.SlugList, "roles: [ai-governance-specialist]", "The slugs of the roles it serves: file names in roles/ without .md."),
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
