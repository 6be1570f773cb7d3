using CareerPaths.Content.Loading;
using CareerPaths.Content.Model;

namespace CareerPaths.Content.Addresses;

/// <summary>
/// Every address of the site, made from typed arguments. Pages, the sitemap, search, the data
/// files, the drawings and the link checker all take their addresses from here, so a route changes
/// in one place and a base path or language prefix is applied in one place (the web project's links).
/// </summary>
public static class SiteMap
{
    public static SitePath Home { get; } = new("/");

    public static SitePath Tracks { get; } = Section(SiteSections.Tracks);

    public static SitePath Progression { get; } = Section(SiteSections.Progression);

    public static SitePath EntryPoints { get; } = Section(SiteSections.EntryPoints);

    public static SitePath FindYourPath { get; } = Section(SiteSections.FindYourPath);

    public static SitePath Resources { get; } = Section(SiteSections.Resources);

    public static SitePath Certifications { get; } = Section(SiteSections.Certifications);

    public static SitePath Learning { get; } = Section(SiteSections.Learning);

    public static SitePath Downloads { get; } = Section(SiteSections.Downloads);

    public static SitePath Map { get; } = new("/map");

    /// <summary>Every role against the NICE Framework, ENISA ECSF, O*NET-SOC and the NIST AI RMF.</summary>
    public static SitePath Frameworks { get; } = new("/frameworks");

    public static SitePath CareersJson { get; } = new("/data/careers.json");

    public static SitePath CareersCsv { get; } = new("/data/careers.csv");

    public static SitePath CareersSchema { get; } = new("/data/careers.schema.json", isShared: true);

    public static SitePath SitemapXml { get; } = new("/sitemap.xml", isShared: true);

    public static SitePath RobotsTxt { get; } = new("/robots.txt", isShared: true);

    public static SitePath Health { get; } = new("/healthz", isShared: true);

    /// <summary>The track colours, written from the catalog; the version makes each edition cacheable for a year.</summary>
    public static SitePath TrackStylesheet(string version) => new(WithQuery("/css/tracks.css", ("v", version)).Value, isShared: true);

    /// <summary>The page shown for an unknown address (and written as 404.html by the export).</summary>
    public static SitePath NotFound { get; } = new("/not-found");

    /// <summary>The page shown when something unexpected fails, without details.</summary>
    public static SitePath Error { get; } = new("/error");

    /// <summary>A section page by its content key: "" is the overview, "resources/learning" the learning page.</summary>
    public static SitePath Section(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.Length == 0 ? Home : new SitePath("/" + key);
    }

    public static SitePath Track(Track track) => TrackBySlug(Require(track).Slug);

    public static SitePath TrackPrint(Track track) => TrackPrintBySlug(Require(track).Slug);

    public static SitePath Role(Role role) => RoleBySlug(Require(role).Slug);

    public static SitePath Guide(Guide guide) => new("/guides/" + Require(guide).Slug);

    public static SitePath Certification(Certification certification) => Certifications.At(Require(certification).Slug);

    public static SitePath LearningResource(LearningResource resource) => Learning.At(Require(resource).Slug);

    /// <summary>A background's line on the entry points page.</summary>
    public static SitePath EntryPoint(Background background) => EntryPoints.At(EntryPointId(background));

    public static string EntryPointId(Background background) => "from-" + Require(background).Slug;

    /// <summary>The roles list, filtered on the server by track and level, and paged.</summary>
    public static SitePath Roles(string? track = null, string? level = null, int page = 1) =>
        WithQuery("/roles", ("track", track), ("level", level), ("page", page > 1 ? page.ToString(System.Globalization.CultureInfo.InvariantCulture) : null));

    public static SitePath Roles(Track track, Level level) => Roles(Require(track).Slug, Require(level).Slug);

    public static SitePath Search(string? query = null) => WithQuery("/search", ("q", query));

    /// <summary>The skills map: every skill by category.</summary>
    public static SitePath Skills { get; } = new("/skills");

    public static SitePath Skill(Skill skill) => SkillBySlug(Require(skill).Slug);

    /// <summary>Two roles side by side; either may be left out to prefill one side of the form.</summary>
    public static SitePath Compare(string? from = null, string? to = null) => WithQuery("/compare", ("from", from), ("to", to));

    public static SitePath Compare(Role from, Role to) => Compare(Require(from).Slug, Require(to).Slug);

    /// <summary>Search results narrowed by kind (a search kind's slug), track and level.</summary>
    public static SitePath Search(string? query, string? kind, string? track, string? level) =>
        WithQuery("/search", ("q", query), ("kind", kind), ("track", track), ("level", level));

    /// <summary>The search address with a placeholder, for the site's search action in structured data.</summary>
    public static SitePath SearchTemplate { get; } = new("/search?q={query}");

    internal static SitePath TrackBySlug(string slug) => new("/tracks/" + slug);

    internal static SitePath TrackPrintBySlug(string slug) => new($"/tracks/{slug}/print");

    internal static SitePath RoleBySlug(string slug) => new("/roles/" + slug);

    internal static SitePath GuideBySlug(string slug) => new("/guides/" + slug);

    internal static SitePath SkillBySlug(string slug) => new("/skills/" + slug);

    /// <summary>Values escaped as RFC 3986 says (a space is %20): a "+" would be written &amp;#x2B; in HTML attributes.</summary>
    private static SitePath WithQuery(string path, params (string Name, string? Value)[] parameters)
    {
        var query = string.Join("&", parameters
            .Where(p => !string.IsNullOrEmpty(p.Value))
            .Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value!)}"));
        return new SitePath(query.Length == 0 ? path : $"{path}?{query}");
    }

    private static T Require<T>(T value)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(value);
        return value;
    }
}
