using CareerPaths.Content.Model;

namespace CareerPaths.Content.Loading;

/// <summary>
/// The stage between the checks and the catalog: turns the slugs the entries refer by into the
/// objects they name. It runs only on entries that passed every check, so each slug names an entry
/// and each next step sits at a higher level. References run one way (a role to its track, level
/// and higher roles; a background to its role; a guide to its backgrounds; a resource to its tracks
/// and roles), so every object is built whole and never changes; the relations back, such as a
/// role's previous steps, are worked out by the catalog.
/// </summary>
internal static class CatalogLinker
{
    public static CatalogParts Link(ReadEntries read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var tracks = read.Tracks.ToDictionary(t => t.Slug, StringComparer.Ordinal);
        var levels = read.Levels.ToDictionary(l => l.Slug, StringComparer.Ordinal);
        var categories = read.SkillCategories.ToDictionary(c => c.Slug, StringComparer.Ordinal);
        var skills = read.Skills.ToDictionary(s => s.Slug, s => new Skill(s.Slug, s.Name, categories[s.Category], s.Description, s.Source), StringComparer.Ordinal);
        var frameworks = read.Frameworks.DistinctBy(f => f.Slug).ToDictionary(f => f.Slug, StringComparer.Ordinal);
        var roles = LinkRoles(read.Roles, tracks, levels, skills, frameworks);
        List<BackgroundGroup> groups =
        [
            .. read.BackgroundGroups.Select(g => new BackgroundGroup(
                g.Slug,
                g.Name,
                [.. g.Backgrounds.Select(b => new Background(b.Slug, b.Name, roles[b.Role], b.Label, b.CarriesOver, Named(b.Skills, skills), b.Source))],
                g.Source)),
        ];
        var backgrounds = groups.SelectMany(g => g.Backgrounds).ToDictionary(b => b.Slug, StringComparer.Ordinal);
        return new CatalogParts(
            read.Levels,
            read.Tracks,
            [.. roles.Values],
            groups,
            [.. read.Guides.Select(g => new Guide(
                g.Slug, g.Title, g.Audience, g.Summary, g.Order, Named(g.Backgrounds, backgrounds), g.Reviewed, g.Body, g.Source))],
            [.. read.Certifications.Select(c => new Certification(
                c.Slug, c.Name, c.Issuer, levels[c.Level], Named(c.Tracks, tracks), Named(c.Roles, roles), c.Url, c.Summary, c.Lifecycle, c.Source)
            {
                Builds = Named(c.Builds, skills),
            })],
            [.. read.LearningResources.Select(r => new LearningResource(
                r.Slug, r.Name, r.Publisher, r.Kind, r.Url, Named(r.Tracks, tracks), Named(r.Roles, roles), r.Summary, r.Why, r.Checked, r.Source)
            {
                Builds = Named(r.Builds, skills),
            })],
            read.Pages)
        {
            SkillCategories = read.SkillCategories,
            Skills = [.. skills.Values],
            Frameworks = read.Frameworks,
        };
    }

    /// <summary>
    /// Builds the roles from the highest level down, so the roles a next step names already exist.
    /// A role without its own next steps goes on to every role one level up in its track, in the
    /// order the catalog lists them within a level (by order, then title); roles that share a
    /// track and level share that list.
    /// </summary>
    private static Dictionary<string, Role> LinkRoles(
        IReadOnlyList<RoleEntry> entries,
        Dictionary<string, Track> tracks,
        Dictionary<string, Level> levels,
        Dictionary<string, Skill> skills,
        Dictionary<string, Framework> frameworks)
    {
        var roles = new Dictionary<string, Role>(StringComparer.Ordinal);
        var above = new Dictionary<string, IReadOnlyList<Role>>(StringComparer.Ordinal);
        foreach (var level in levels.Values.OrderByDescending(l => l.Rank))
        {
            var built = new List<Role>();
            foreach (var e in entries.Where(e => e.Level == level.Slug).OrderBy(e => e.Order).ThenBy(e => e.Title, StringComparer.Ordinal))
            {
                var track = tracks[e.Track];
                IReadOnlyList<Role> next = e.Next.Count > 0 ? Named(e.Next, roles) : above.GetValueOrDefault(track.Slug, []);
                var role = new Role(e.Slug, e.Title, e.JobTitles, track, level, e.Order, e.Summary, e.Responsibilities, e.Skills, next, e.Reviewed, LinkCrosswalk(e.Crosswalk, frameworks), e.Body, e.Source)
                {
                    SkillNeeds = [.. e.SkillNeeds.Select(n => new SkillNeed(skills[n.Skill], SkillNeed.Parse(n.Level)))],
                };
                roles.Add(role.Slug, role);
                built.Add(role);
            }

            above = built.GroupBy(r => r.Track.Slug, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<Role>)[.. g], StringComparer.Ordinal);
        }

        return roles;
    }

    /// <summary>The checks made every identifier name an entry of its framework.</summary>
    private static Crosswalk LinkCrosswalk(CrosswalkRefs refs, Dictionary<string, Framework> frameworks)
    {
        IReadOnlyList<FrameworkEntry> Resolve(string framework, IReadOnlyList<string> ids) =>
            ids.Count == 0 ? [] : [.. ids.Select(id => frameworks[framework].Find(id)!)];
        return new Crosswalk(
            Resolve(Framework.Nice, refs.NiceWorkRoles),
            Resolve(Framework.Ecsf, refs.EcsfProfiles),
            refs.OnetSoc is null ? null : Resolve(Framework.OnetSoc, [refs.OnetSoc])[0],
            Resolve(Framework.AiRmf, refs.AiRmfFunctions),
            refs.Note);
    }

    private static IReadOnlyList<T> Named<T>(IReadOnlyList<string> slugs, Dictionary<string, T> bySlug) =>
        [.. slugs.Select(slug => bySlug[slug])];
}
