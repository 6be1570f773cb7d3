namespace CareerPaths.Web.Options;

/// <summary>
/// Binds every configuration section the site reads, in one place, and checks each when the app
/// starts, so a mistyped setting stops the start with a message instead of surfacing on a request.
/// </summary>
internal static class OptionsRegistration
{
    public static IServiceCollection AddCareerPathsOptions(this IServiceCollection services)
    {
        services.AddOptions<SiteOptions>()
            .BindConfiguration(SiteOptions.Section)
            .Validate(o => o.BasePath.Length == 0 || (o.BasePath.StartsWith('/') && !o.BasePath.EndsWith('/') && !o.BasePath.Contains("//", StringComparison.Ordinal)),
                "Site:BasePath must start with / and not end with one, like /careers")
            .ValidateOnStart();
        services.AddOptions<ContentOptions>()
            .BindConfiguration(ContentOptions.Section)
            .Validate(o => o.DebounceMilliseconds >= 0, "Content:DebounceMilliseconds cannot be negative")
            .ValidateOnStart();
        services.AddOptions<RateLimitOptions>()
            .BindConfiguration(RateLimitOptions.Section)
            .Validate(o => o.DynamicPermitLimit > 0 && o.DynamicWindowSeconds > 0, "RateLimits:DynamicPermitLimit and RateLimits:DynamicWindowSeconds must be above 0")
            .ValidateOnStart();
        return services;
    }
}
