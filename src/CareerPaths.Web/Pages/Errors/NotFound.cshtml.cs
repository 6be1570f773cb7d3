using CareerPaths.Content.Addresses;
using CareerPaths.Web.LiveContent;
using CareerPaths.Web.Pages.Common;

namespace CareerPaths.Web.Pages.Errors;

/// <summary>The 404 page, inside the layout, with ways back into the site. Unknown routes and slugs are re-executed here.</summary>
internal sealed class NotFoundModel(CatalogStore store) : SitePageModel(store)
{
    public void OnGet()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        Meta = new PageMeta(T["errors.not-found-title"], T["errors.not-found-description"], SiteMap.NotFound)
        {
            Section = null,
            NoIndex = true,
            Breadcrumbs = Trail(),
        };
    }
}
