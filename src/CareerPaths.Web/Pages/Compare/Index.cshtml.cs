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
        var title = query.Result is { } result ? T["compare.title-result", ("from", result.From.Title), ("to", result.To.Title)] : T["compare.title"];
        Meta = new PageMeta(title, T["compare.description"], SiteMap.Compare())
        {
            Section = SiteMap.Roles(),
            Breadcrumbs = Trail((T["nav.roles"], SiteMap.Roles()), (T["compare.crumb"], SiteMap.Compare())),
            NoIndex = !string.IsNullOrEmpty(from) || !string.IsNullOrEmpty(to),
        };
    }

    private static string? Bound(string? value) => value is { Length: > MaxSlugLength } ? value[..MaxSlugLength] : value;
}
