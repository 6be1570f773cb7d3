using System.Globalization;

namespace CareerPaths.Content.Model;

/// <summary>A typical US base salary range in whole dollars; an open-ended range shows its maximum as "$250,000+".</summary>
public sealed record SalaryRange(int Min, int Max, bool OpenEnded)
{
    /// <summary>Where the range comes from, as the editors recorded it; null when they did not.</summary>
    public string? Source { get; init; }

    /// <summary>The date the range holds for, or when it was taken from its source.</summary>
    public DateOnly? AsOf { get; init; }

    public string MinText => Format(Min);

    public string MaxText => Format(Max) + (OpenEnded ? "+" : string.Empty);

    /// <summary>"$75,000 – $100,000", with an en dash between no-break spaces.</summary>
    public string Text => $"{MinText}\u00a0\u2013 {MaxText}";

    private static string Format(int amount) => amount.ToString("$#,0", CultureInfo.InvariantCulture);
}
