using CareerPaths.Content.Model;

namespace CareerPaths.Content.Addresses;

/// <summary>Every page a crawler should know, and every address a Markdown link may point at.</summary>
public static class SitePages
{
    /// <summary>The pages of the sitemap, in a stable order: fixed pages, then tracks, prints, roles and guides.</summary>
    public static IReadOnlyList<SitePath> All(Catalog catalog) => [.. WithSources(catalog).Select(p => p.Path)];

    /// <summary>
    /// The pages of the sitemap with the content file each shows, where it has one: in a translated
    /// catalog, a page whose file has no translation yet is served in English and left out of that
    /// language's part of the sitemap.
    /// </summary>
    public static IReadOnlyList<(SitePath Path, string? Source)> WithSources(Catalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var sections = catalog.Pages.ToDictionary(p => SiteMap.Section(p.Key).PathOnly, p => p.Source.Path, StringComparer.Ordinal);
        return
        [
            .. Fixed.Select(p => (p, sections.GetValueOrDefault(p.PathOnly))),
            .. catalog.Tracks.Select(t => (SiteMap.Track(t), (string?)t.Source.Path)),
            .. catalog.Tracks.Select(t => (SiteMap.TrackPrint(t), (string?)t.Source.Path)),
            .. catalog.Roles.Select(r => (SiteMap.Role(r), (string?)r.Source.Path)),
            .. catalog.Guides.Select(g => (SiteMap.Guide(g), (string?)g.Source.Path)),
            .. catalog.Skills.Select(s => (SiteMap.Skill(s), (string?)null)),
        ];
    }

    /// <summary>The pages a language's sitemap lists: every page in the original, the translated ones in a translation.</summary>
    public static IReadOnlyList<SitePath> Translated(Catalog catalog) =>
        [.. WithSources(catalog).Where(p => !catalog.IsUntranslated(p.Source)).Select(p => p.Path)];

    /// <summary>The pages that exist whatever the content holds.</summary>
    public static IReadOnlyList<SitePath> Fixed { get; } =
    [
        SiteMap.Home, SiteMap.Tracks, SiteMap.Progression, SiteMap.EntryPoints, SiteMap.Roles(), SiteMap.FindYourPath,
        SiteMap.Map, SiteMap.Search(), SiteMap.Skills, SiteMap.Compare(), SiteMap.Resources, SiteMap.Certifications, SiteMap.Learning, SiteMap.Downloads,
        SiteMap.Frameworks,
    ];

    /// <summary>The data files, which links may point at but the sitemap leaves out.</summary>
    public static IReadOnlyList<SitePath> Data { get; } = [SiteMap.CareersJson, SiteMap.CareersCsv, SiteMap.CareersSchema];

    /// <summary>Every address a link in the content may use, from the slugs read so far (validation runs before a catalog exists).</summary>
    public static IReadOnlySet<string> Known(IEnumerable<string> tracks, IEnumerable<string> roles, IEnumerable<string> guides, IEnumerable<string>? skills = null) =>
        Fixed.Concat(Data)
            .Concat(tracks.SelectMany(t => new[] { SiteMap.TrackBySlug(t), SiteMap.TrackPrintBySlug(t) }))
            .Concat(roles.Select(SiteMap.RoleBySlug))
            .Concat(guides.Select(SiteMap.GuideBySlug))
            .Concat((skills ?? []).Select(SiteMap.SkillBySlug))
            .Select(p => p.PathOnly)
            .ToHashSet(StringComparer.Ordinal);
}
