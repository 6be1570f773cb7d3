using CareerPaths.Content.Model;

namespace CareerPaths.Content.Guidance;

/// <summary>Why next-step links do or do not lead from one role to another.</summary>
public enum RouteKind
{
    /// <summary>A chain of next steps leads there; <see cref="CareerRoute.Steps"/> holds it.</summary>
    Found,

    /// <summary>Both are the same role.</summary>
    SameRole,

    /// <summary>The target sits at a lower level, and next steps only lead up.</summary>
    StepDown,

    /// <summary>The target sits at the same level: a sideways move, not a step up.</summary>
    Sideways,

    /// <summary>The target is higher, but no chain of next steps reaches it (usually another track).</summary>
    NoLink,
}

/// <summary>
/// The shortest chain of next-step links from one role to another, both ends included, or the
/// reason there is none. <see cref="Via"/> suggests where to cross over when next steps do not
/// reach the target: a role at the starting level, in the target's track, from which they do.
/// </summary>
public sealed record CareerRoute(RouteKind Kind, IReadOnlyList<Role> Steps, Role? Via)
{
    /// <summary>The roles between the two ends of the route.</summary>
    public IReadOnlyList<Role> Between => Steps.Count > 2 ? [.. Steps.Skip(1).Take(Steps.Count - 2)] : [];
}
