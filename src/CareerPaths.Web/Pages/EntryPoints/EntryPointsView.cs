using CareerPaths.Content.Model;

namespace CareerPaths.Web.Pages.EntryPoints;

/// <summary>The background groups, each background with the role it leads to (and through it, the role's track and level).</summary>
internal sealed record EntryPointsView(IReadOnlyList<BackgroundGroup> Groups);
