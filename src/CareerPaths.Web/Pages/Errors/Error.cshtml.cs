using CareerPaths.Content.Addresses;
using CareerPaths.Web.LiveContent;
using CareerPaths.Web.Pages.Common;

namespace CareerPaths.Web.Pages.Errors;

/// <summary>Shown instead of a stack trace if something fails unexpectedly. The details go to the log, never to the page.</summary>
internal sealed class ErrorModel(CatalogStore store) : SitePageModel(store)
{
    public void OnGet() =>
        Meta = new PageMeta(T["errors.error-title"], T["errors.error-description"], SiteMap.Error)
        {
            Section = null,
            NoIndex = true,
            Breadcrumbs = Trail(),
        };
}
