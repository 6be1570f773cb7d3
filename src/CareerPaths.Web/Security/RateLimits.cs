using System.Globalization;
using System.Threading.RateLimiting;
using CareerPaths.Web.Options;
using Microsoft.Extensions.Options;

namespace CareerPaths.Web.Security;

/// <summary>
/// Search and find-your-path compute an answer per query, so they are rate limited per client
/// address. A client over the limit gets 429 with Retry-After, never an error page.
/// </summary>
internal static class RateLimits
{
    public const string DynamicPolicy = "dynamic";

    /// <summary>The Razor Pages that compute an answer per query.</summary>
    public static readonly IReadOnlyList<string> DynamicPages = ["/Search/Index", "/FindYourPath/Index", "/Compare/Index"];

    public static IServiceCollection AddDynamicPageRateLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(DynamicPolicy, context =>
            {
                var settings = context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
                return RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = settings.DynamicPermitLimit, Window = settings.Window, QueueLimit = 0 });
            });
            options.OnRejected = async (context, token) =>
            {
                var window = context.HttpContext.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value.Window;
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : window;
                context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                await context.HttpContext.Response.WriteAsync("Too many requests. Please wait a few seconds and try again.", token);
            };
        });
        return services;
    }
}
