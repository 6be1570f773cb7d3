using CareerPaths.Content;
using CareerPaths.Content.Model;

namespace CareerPaths.Testing;

/// <summary>
/// The real content/ folder, loaded once for every test that reads it. Tests over real content take
/// their expectations from here (or from the seed), never from literals: editors may add, remove
/// and rename entries, and a valid edit must not turn a test red.
/// </summary>
public static class RealContent
{
    public static LoadResult Result { get; } = CatalogLoader.Load(RepositoryPaths.Content, "content");

    /// <summary>The catalog, or a failure that lists every error when the content does not load.</summary>
    public static Catalog Catalog => Result.Catalog ?? throw new InvalidOperationException(string.Join('\n', Result.Errors));
}
