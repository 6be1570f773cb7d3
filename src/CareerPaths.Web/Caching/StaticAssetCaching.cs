using Microsoft.AspNetCore.StaticFiles;

namespace CareerPaths.Web.Caching;

/// <summary>
/// Static files linked with asp-append-version carry a hash of their bytes in `?v=`, so a changed
/// file gets a new URL and the old one can be cached forever.
/// </summary>
public static class StaticAssetCaching
{
    public static void Apply(StaticFileResponseContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var fingerprinted = context.Context.Request.Query.ContainsKey("v");
        context.Context.Response.Headers.CacheControl = fingerprinted
            ? "public, max-age=31536000, immutable"
            : "public, max-age=3600";
    }
}
