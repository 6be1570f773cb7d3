using CareerPaths.Content.Addresses;
using CareerPaths.Content.Guidance;
using CareerPaths.Web.LiveContent;
using CareerPaths.Web.Pages.Common;

namespace CareerPaths.Web.Pages.Compare;

/// <summary>
/// Two roles side by side from a plain GET form, so a comparison is a shareable address. Missing
/// or unknown roles get a notice and the form, with status 200; results are not indexed.
/// </summary>
internal sealed class IndexModel(CatalogStore store) : SitePageModel(store)
{
    private const int MaxSlugLength = 100;

    public CompareView View { get; private set; } = null!;

    public void OnGet(string? from, string? to)
    {
        var query = RoleComparer.Read(Catalog, Bound(from), Bound(to));
        View = CompareView.Of(Catalog, query);
        var title = query.Result is { } result ? $"Compare {result.From.Title} and {result.To.Title}" : "Compare two roles";
        Meta = new PageMeta(title, "Two AI security roles side by side: level, years, salary, the skills to add and the route between them.", SiteMap.Compare())
        {
            Section = SiteMap.Roles(),
            Breadcrumbs = Trail(("Roles", SiteMap.Roles()), ("Compare", SiteMap.Compare())),
            NoIndex = !string.IsNullOrEmpty(from) || !string.IsNullOrEmpty(to),
        };
    }

    private static string? Bound(string? value) => value is { Length: > MaxSlugLength } ? value[..MaxSlugLength] : value;
}
