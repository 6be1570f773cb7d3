using CareerPaths.Content.Model;
using CareerPaths.Web.Addresses;
using CareerPaths.Web.LiveContent;

namespace CareerPaths.Web.Localization;

/// <summary>
/// The interface text of the request's language, for views and partials (`@T["nav.roles"]`).
/// It reads the request's catalog snapshot (the page model's), so an edit to i18n/*.yml shows on
/// the next request and never halfway through one.
/// </summary>
internal sealed class SiteText(CatalogStore store, SiteLinks links, IHttpContextAccessor accessor)
{
    public InterfaceText Current => RequestSnapshot.Of(accessor.HttpContext, store).Edition(links.Language).Catalog.Text;

    public string this[string key] => Current[key];

    public string this[string key, params (string Name, object? Value)[] values] => Current[key, values];
}
