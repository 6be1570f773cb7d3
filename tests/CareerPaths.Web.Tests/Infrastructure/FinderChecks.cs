using CareerPaths.Content.Model;
using CareerPaths.Web.Pages.Roles;

namespace CareerPaths.Web.Tests.Infrastructure;

/// <summary>The ways to find a role, /roles filters and find-your-path, offer every track and level of any catalog.</summary>
internal static class FinderChecks
{
    public static async Task<IReadOnlyList<string>> RoleFiltersAsync(HttpClient client, Catalog catalog)
    {
        var page = await client.GetHtmlDocumentAsync("/roles");
        var problems = new List<string>();
        Expect.Same(problems, "/roles track filter", catalog.Tracks.Select(t => t.Slug), page.QuerySelectorAll("#filter-track option:not([value=''])").Select(o => o.GetAttribute("value")));
        Expect.Same(problems, "/roles level filter", catalog.Levels.Select(l => l.Slug), page.QuerySelectorAll("#filter-level option:not([value=''])").Select(o => o.GetAttribute("value")));
        Expect.Same(problems, "/roles quick filters", ["/roles", .. catalog.Tracks.Select(t => $"/roles?track={t.Slug}")], page.QuerySelectorAll(".quick-filters a").Select(a => a.GetAttribute("href")));
        foreach (var track in catalog.Tracks)
        {
            await ExpectRoles(client, problems, $"/roles?track={track.Slug}", catalog.RolesIn(track));
        }

        foreach (var level in catalog.Levels)
        {
            await ExpectRoles(client, problems, $"/roles?level={level.Slug}", [.. catalog.Roles.Where(r => r.Level == level)]);
        }

        return problems;
    }

    /// <summary>Interests are the tracks' focus areas, and choosing only one track's areas recommends that track.</summary>
    public static async Task<IReadOnlyList<string>> FindYourPathAsync(HttpClient client, Catalog catalog)
    {
        var page = await client.GetHtmlDocumentAsync("/find-your-path");
        var problems = new List<string>();
        Expect.Same(problems, "interests", catalog.Tracks.SelectMany(t => t.FocusAreas), page.QuerySelectorAll("input[name=interest]").Select(i => i.GetAttribute("value")));
        Expect.Same(problems, "backgrounds", catalog.Backgrounds.Select(b => b.Slug), page.QuerySelectorAll("#background optgroup option").Select(o => o.GetAttribute("value")));
        Expect.Same(problems, "experience", catalog.Levels.Select(l => l.Years), page.Texts("#years option"));
        foreach (var track in catalog.Tracks)
        {
            // An area two tracks share points at both, so only the track's own areas make the choice plain.
            var own = track.FocusAreas.Where(a => !catalog.Tracks.Any(t => t != track && t.FocusAreas.Contains(a, StringComparer.OrdinalIgnoreCase))).ToList();
            if (own.Count == 0)
            {
                continue;
            }

            var query = string.Join('&', own.Select(a => "interest=" + Uri.EscapeDataString(a)));
            var result = await client.GetHtmlDocumentAsync($"/find-your-path?{query}");
            Expect.Same(problems, $"find-your-path for {track.Slug}'s interests", [$"Your recommended path: the {track.Name} track"], [result.QuerySelector("#result h2")?.Text()]);
        }

        return problems;
    }

    private static async Task ExpectRoles(HttpClient client, List<string> problems, string url, IReadOnlyList<Role> roles)
    {
        var page = await client.GetHtmlDocumentAsync(url);
        Expect.Same(problems, url, roles.Take(IndexModel.PageSize).Select(r => "/roles/" + r.Slug), page.QuerySelectorAll(".role-list > li h2 a").Select(a => a.GetAttribute("href")));
    }
}
