using CareerPaths.Web.LiveContent;
using Microsoft.AspNetCore.Mvc;

namespace CareerPaths.Web.Pages.Common;

/// <summary>
/// A page about one catalog entry, found by the slug in its address; an unknown slug is a 404.
/// The page shows its <see cref="View"/>, which is built here, once, from the entry.
/// </summary>
internal abstract class EntryPageModel<TEntry, TView>(CatalogStore store) : SitePageModel(store)
    where TEntry : class
    where TView : class
{
    public TView View { get; private set; } = null!;

    public IActionResult OnGet(string slug)
    {
        var found = Find(slug);
        if (found is null)
        {
            return NotFound();
        }

        View = Show(found);
        Meta = Describe(found);
        return Page();
    }

    protected abstract TEntry? Find(string slug);

    /// <summary>Everything the page shows about the entry, worked out before the view runs.</summary>
    protected abstract TView Show(TEntry entry);

    protected abstract PageMeta Describe(TEntry entry);
}
