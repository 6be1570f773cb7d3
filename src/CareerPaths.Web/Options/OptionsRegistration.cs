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
            .Validate(o => o.BasePath.Length == 0 || BasePaths.IsValid(o.BasePath),
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
        services.AddOptions<ProxyOptions>()
            .BindConfiguration(ProxyOptions.Section)
            .Validate(o => o.IsValid, "Proxy:KnownProxies takes IP addresses, Proxy:KnownNetworks CIDR networks such as 10.0.0.0/8, and Proxy:ForwardLimit is at least 1")
            .ValidateOnStart();
        services.AddOptions<CacheOptions>()
            .BindConfiguration(CacheOptions.Section)
            .Validate(o => o.IsValid, "Caching:MaxAgeSeconds, Caching:SharedMaxAgeSeconds and Caching:StaleWhileRevalidateSeconds cannot be negative")
            .ValidateOnStart();
        return services;
    }
}
