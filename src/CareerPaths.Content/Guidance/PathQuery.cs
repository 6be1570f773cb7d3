namespace CareerPaths.Content.Guidance;

/// <summary>What a visitor told find-your-path, exactly as it came in the query string (any of it may be missing or malformed).</summary>
public sealed record PathQuery(string? Background, IReadOnlyList<string> Interests, string? Years)
{
    public const string OtherBackground = "other";
    public const int MaxYears = 60;

    public bool IsEmpty => string.IsNullOrWhiteSpace(Background) && Interests.Count == 0 && string.IsNullOrWhiteSpace(Years);
}
