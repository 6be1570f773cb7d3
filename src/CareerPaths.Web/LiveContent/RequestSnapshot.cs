namespace CareerPaths.Web.LiveContent;

/// <summary>
/// The one catalog snapshot a request reads from: taken the first time the request asks, then kept
/// with the request, so the page model, the layout and every interface text agree even if a reload
/// lands while the page renders.
/// </summary>
internal static class RequestSnapshot
{
    private static readonly object Key = new();

    public static CatalogSnapshot Of(HttpContext? context, CatalogStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (context is null)
        {
            return store.Current;
        }

        if (context.Items.TryGetValue(Key, out var taken) && taken is CatalogSnapshot snapshot)
        {
            return snapshot;
        }

        var current = store.Current;
        context.Items[Key] = current;
        return current;
    }
}
