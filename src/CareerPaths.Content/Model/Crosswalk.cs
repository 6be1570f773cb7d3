namespace CareerPaths.Content.Model;

/// <summary>
/// Where a role sits in the frameworks employers, schools and governments use: the NICE work roles,
/// ENISA ECSF profiles, the nearest O*NET-SOC occupation and the NIST AI RMF functions it mostly
/// serves, each resolved to the framework entry it names.
/// </summary>
/// <param name="Note">What the editors want readers to know about the fit, such as "no NICE work role covers AI ethics".</param>
public sealed record Crosswalk(
    IReadOnlyList<FrameworkEntry> NiceWorkRoles,
    IReadOnlyList<FrameworkEntry> EcsfProfiles,
    FrameworkEntry? OnetSoc,
    IReadOnlyList<FrameworkEntry> AiRmfFunctions,
    string? Note)
{
    public static Crosswalk None { get; } = new([], [], null, [], null);

    public bool IsEmpty => NiceWorkRoles.Count == 0 && EcsfProfiles.Count == 0 && OnetSoc is null && AiRmfFunctions.Count == 0;
}
