namespace CareerPaths.Content.Model;

/// <summary>A workforce or risk framework that roles are mapped to, at the version the identifiers come from.</summary>
public sealed record Framework(
    string Slug,
    string Name,
    string Publisher,
    string Version,
    Uri Url,
    string Summary,
    IReadOnlyList<FrameworkEntry> Entries,
    SourceRef Source)
{
    public const string Nice = "nice";
    public const string Ecsf = "ecsf";
    public const string OnetSoc = "onet-soc";
    public const string AiRmf = "ai-rmf";

    public FrameworkEntry? Find(string id) => Entries.FirstOrDefault(e => e.Id == id);
}
