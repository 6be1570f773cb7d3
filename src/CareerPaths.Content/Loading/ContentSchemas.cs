namespace CareerPaths.Content.Loading;

/// <summary>
/// Every kind of entry and its fields, in one place. The loader reads with these, the
/// validator reports missing and unknown fields from these, and a test holds the JSON Schemas
/// in content/schemas to them.
/// </summary>
public static class ContentSchemas
{
    public static readonly FieldSet SectionPage = new(
        "section page",
        Required("title", FieldKind.Text, "title: Career Progression Visualization"),
        Required("description", FieldKind.Text, "description: One sentence for search engines and link previews."),
        Required("intro", FieldKind.Text, "intro: The lead paragraph under the heading."),
        Optional("heading", FieldKind.Text, "heading: Ready to Explore Specific Positions?"));

    public static readonly FieldSet Track = new(
        "track",
        Required("title", FieldKind.Text, "title: Technical Track"),
        Required("name", FieldKind.Text, "name: Technical"),
        Required("order", FieldKind.WholeNumber, "order: 1"),
        Required("summary", FieldKind.Text, "summary: One sentence about the track."),
        Required("focus_areas", FieldKind.TextList, "focus_areas: [Developing secure AI systems]"),
        Required("best_for", FieldKind.Text, "best_for: Those with programming backgrounds"),
        Optional("color", FieldKind.Text, "color: \"#1d4ed8\""));

    public static readonly FieldSet Role = new(
        "role",
        Required("title", FieldKind.Text, "title: AI Security Engineer"),
        Required("track", FieldKind.Text, "track: technical"),
        Required("level", FieldKind.Text, "level: mid"),
        Optional("order", FieldKind.WholeNumber, "order: 1"),
        Required("summary", FieldKind.Text, "summary: One sentence about the role."),
        Required("responsibilities", FieldKind.Text, "responsibilities: Design controls, secure the lifecycle, test"),
        Required("skills", FieldKind.Text, "skills: Strong programming skills, knowledge of AI/ML vulnerabilities"),
        Optional("next", FieldKind.TextList, "next: [ai-security-architect]"),
        Required("reviewed", FieldKind.Date, "reviewed: 2026-11-27"));

    public static readonly FieldSet Guide = new(
        "guide",
        Required("title", FieldKind.Text, "title: From software developer to AI security"),
        Required("audience", FieldKind.Text, "audience: Software developers and data scientists"),
        Required("summary", FieldKind.Text, "summary: One sentence about the guide."),
        Optional("order", FieldKind.WholeNumber, "order: 1"),
        Optional("backgrounds", FieldKind.TextList, "backgrounds: [software-developer]"),
        Required("reviewed", FieldKind.Date, "reviewed: 2026-11-27"));

    public static readonly FieldSet Level = new(
        "level",
        Required("slug", FieldKind.Text, "slug: entry"),
        Required("name", FieldKind.Text, "name: Entry-Level"),
        Required("label", FieldKind.Text, "label: Entry"),
        Required("years_min", FieldKind.WholeNumber, "years_min: 0"),
        Optional("years_max", FieldKind.WholeNumber, "years_max: 2"),
        Required("roles", FieldKind.Text, "roles: Roles such as Analyst, Specialist, and Junior Engineer."),
        Required("focus", FieldKind.Text, "focus: Focus on learning fundamentals."),
        Required("salary_min", FieldKind.WholeNumber, "salary_min: 75000"),
        Required("salary_max", FieldKind.WholeNumber, "salary_max: 100000"),
        Optional("salary_open_ended", FieldKind.Flag, "salary_open_ended: true"));

    public static readonly FieldSet LevelsFile = new(
        "levels file",
        Required("levels", FieldKind.EntryList, "levels:"));

    public static readonly FieldSet Background = new(
        "background",
        Required("slug", FieldKind.Text, "slug: software-developer"),
        Required("name", FieldKind.Text, "name: Software Developer"),
        Required("role", FieldKind.Text, "role: ai-security-engineer"),
        Optional("label", FieldKind.Text, "label: AI Security Operations"),
        Required("carries_over", FieldKind.Text, "carries_over: One sentence on the strengths it brings."),
        Required("skills", FieldKind.TextList, "skills: [programming, python]"));

    public static readonly FieldSet BackgroundGroup = new(
        "background group",
        Required("slug", FieldKind.Text, "slug: technical"),
        Required("name", FieldKind.Text, "name: Technical Backgrounds"),
        Required("backgrounds", FieldKind.EntryList, "backgrounds:"));

    public static readonly FieldSet BackgroundsFile = new(
        "backgrounds file",
        Required("groups", FieldKind.EntryList, "groups:"));

    public static readonly FieldSet Certification = new(
        "certification",
        Required("slug", FieldKind.Text, "slug: isc2-cissp"),
        Required("name", FieldKind.Text, "name: CISSP (Certified Information Systems Security Professional)"),
        Required("issuer", FieldKind.Text, "issuer: ISC2"),
        Required("level", FieldKind.Text, "level: advanced"),
        Required("tracks", FieldKind.TextList, "tracks: [technical]"),
        Required("roles", FieldKind.TextList, "roles: [ai-security-architect]"),
        Required("url", FieldKind.Url, "url: https://www.isc2.org/certifications/cissp"),
        Required("summary", FieldKind.Text, "summary: What it proves and why it matters."));

    public static readonly FieldSet CertificationsFile = new(
        "certifications file",
        Required("certifications", FieldKind.EntryList, "certifications:"));

    public static readonly FieldSet LearningResource = new(
        "learning resource",
        Required("slug", FieldKind.Text, "slug: nist-ai-rmf"),
        Required("name", FieldKind.Text, "name: NIST AI Risk Management Framework"),
        Required("publisher", FieldKind.Text, "publisher: NIST"),
        Required("kind", FieldKind.Text, "kind: framework"),
        Required("url", FieldKind.Url, "url: https://www.nist.gov/itl/ai-risk-management-framework"),
        Required("tracks", FieldKind.TextList, "tracks: [governance]"),
        Required("roles", FieldKind.TextList, "roles: [ai-governance-specialist]"),
        Required("summary", FieldKind.Text, "summary: What it is."),
        Required("why", FieldKind.Text, "why: Why it matters, and for whom."));

    public static readonly FieldSet LearningFile = new(
        "learning file",
        Required("resources", FieldKind.EntryList, "resources:"));

    /// <summary>The kinds of learning resource an editor may use.</summary>
    public static readonly IReadOnlyList<string> LearningKinds =
        ["framework", "standard", "regulation", "knowledge base", "guide", "course", "tool"];

    private static FieldSpec Required(string name, FieldKind kind, string example) => new(name, kind, true, example);

    private static FieldSpec Optional(string name, FieldKind kind, string example) => new(name, kind, false, example);
}
