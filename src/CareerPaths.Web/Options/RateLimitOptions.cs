namespace CareerPaths.Web.Options;

/// <summary>The "RateLimits" configuration section: requests per client per window on search and find-your-path.</summary>
internal sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    public int DynamicPermitLimit { get; set; } = 60;

    public int DynamicWindowSeconds { get; set; } = 10;

    public TimeSpan Window => TimeSpan.FromSeconds(Math.Max(1, DynamicWindowSeconds));
}
