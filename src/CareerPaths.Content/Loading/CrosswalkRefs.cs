namespace CareerPaths.Content.Loading;

/// <summary>A role's framework identifiers as written, checked against frameworks.yml before they are resolved.</summary>
internal sealed record CrosswalkRefs(
    IReadOnlyList<string> NiceWorkRoles,
    IReadOnlyList<string> EcsfProfiles,
    string? OnetSoc,
    IReadOnlyList<string> AiRmfFunctions,
    string? Note)
{
    /// <summary>Each role field with the framework it refers into, so checks and linking walk them the same way.</summary>
    public IEnumerable<(string Field, string Framework, IReadOnlyList<string> Ids)> Fields =>
    [
        ("nice_work_roles", Model.Framework.Nice, NiceWorkRoles),
        ("ecsf_profiles", Model.Framework.Ecsf, EcsfProfiles),
        ("onet_soc", Model.Framework.OnetSoc, OnetSoc is null ? [] : [OnetSoc]),
        ("ai_rmf_functions", Model.Framework.AiRmf, AiRmfFunctions),
    ];
}
