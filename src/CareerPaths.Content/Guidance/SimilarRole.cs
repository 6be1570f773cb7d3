using CareerPaths.Content.Model;

namespace CareerPaths.Content.Guidance;

/// <summary>A role that needs many of the same skills as another: <see cref="Shared"/> of its <see cref="Of"/> skills.</summary>
public sealed record SimilarRole(Role Role, int Shared, int Of);
