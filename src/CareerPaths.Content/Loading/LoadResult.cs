using CareerPaths.Content.Model;
using CareerPaths.Content.Validation;

namespace CareerPaths.Content.Loading;

/// <summary>The outcome of a load: a catalog when the content is valid, and every error and warning found.</summary>
public sealed record LoadResult(Catalog? Catalog, IReadOnlyList<ContentError> Errors)
{
    public bool Succeeded => Catalog is not null;
}
