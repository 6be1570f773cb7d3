using CareerPaths.Content.Addresses;
using CareerPaths.Testing;

namespace CareerPaths.Web.Tests.Languages;

/// <summary>One address of every kind of page, each taken from the real content, never a literal slug.</summary>
internal static class SpanishPages
{
    public static IReadOnlyList<string> OfEveryKind()
    {
        var catalog = RealContent.Catalog;
        var role = catalog.Roles[0];
        var other = catalog.Roles[^1];
        var background = catalog.Backgrounds[0];
        return
        [
            .. SitePages.Fixed.Select(p => p.Value),
            SiteMap.Track(catalog.Tracks[0]).Value,
            SiteMap.TrackPrint(catalog.Tracks[0]).Value,
            SiteMap.Role(role).Value,
            SiteMap.Guide(catalog.Guides[0]).Value,
            SiteMap.Skill(catalog.Skills[0]).Value,
            SiteMap.Roles(catalog.Tracks[0], catalog.Levels[0]).Value,
            SiteMap.Compare(role, other).Value,
            SiteMap.Search(role.Title).Value,
            $"{SiteMap.FindYourPath.Value}?background={background.Slug}&years=1",
        ];
    }

    /// <summary>The same address in Spanish: the prefix in front, the overview as /es/.</summary>
    public static string InSpanish(string english) => "/es" + english;
}
