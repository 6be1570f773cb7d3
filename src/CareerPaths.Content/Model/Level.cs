namespace CareerPaths.Content.Model;

/// <summary>One of the four career levels, with its typical years of experience and salary range.</summary>
public sealed record Level(
    string Slug,
    string Name,
    string Label,
    int YearsMin,
    int? YearsMax,
    string ExampleRoles,
    string Focus,
    SalaryRange Salary,
    int Rank,
    SourceRef Source)
{
    /// <summary>The years as a reader sees them: "0–2 years" or "10+ years".</summary>
    public string Years => YearsMax is { } max ? $"{YearsMin}\u2013{max} years" : $"{YearsMin}+ years";

    public bool Covers(int years) => years >= YearsMin && (YearsMax is not { } max || years <= max);
}
