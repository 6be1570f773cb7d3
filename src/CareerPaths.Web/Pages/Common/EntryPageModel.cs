using CareerPaths.Web.LiveContent;
using Microsoft.AspNetCore.Mvc;

namespace CareerPaths.Web.Pages.Common;

/// <summary>A page about one catalog entry, found by the slug in its address; an unknown slug is a 404.</summary>
public abstract class EntryPageModel<TEntry>(CatalogStore store) : SitePageModel(store)
    where TEntry : class
{
    public TEntry Entry { get; private set; } = null!;

    public IActionResult OnGet(string slug)
    {
        var found = Find(slug);
        if (found is null)
        {
            return NotFound();
        }

        Entry = found;
        Meta = Describe(found);
        return Page();
    }

    protected abstract TEntry? Find(string slug);

    protected abstract PageMeta Describe(TEntry entry);
}
