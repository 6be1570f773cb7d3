using CareerPaths.Content.Model;

namespace CareerPaths.Content.Addresses;

/// <summary>Every page a crawler should know, and every address a Markdown link may point at.</summary>
public static class SitePages
{
    /// <summary>The pages of the sitemap, in a stable order: fixed pages, then tracks, prints, roles and guides.</summary>
    public static IReadOnlyList<SitePath> All(Catalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return
        [
            .. Fixed,
            .. catalog.Tracks.Select(SiteMap.Track),
            .. catalog.Tracks.Select(SiteMap.TrackPrint),
            .. catalog.Roles.Select(SiteMap.Role),
            .. catalog.Guides.Select(SiteMap.Guide),
            .. catalog.Skills.Select(SiteMap.Skill),
        ];
    }

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
