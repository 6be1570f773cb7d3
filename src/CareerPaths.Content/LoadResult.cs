using CareerPaths.Content.Diagnostics;
using CareerPaths.Content.Model;
using CareerPaths.Content.Search;

namespace CareerPaths.Content;

/// <summary>
/// The outcome of a load: when the content is valid, a catalog and the search index built from it
/// (off the request path, before anything can serve the catalog); always every error and warning found.
/// </summary>
public sealed record LoadResult(Catalog? Catalog, IReadOnlyList<ContentError> Errors, SearchIndex? Search = null)
{
    public bool Succeeded => Catalog is not null;
}
