using Microsoft.AspNetCore.StaticAssets;

namespace CareerPaths.Web.Caching;

/// <summary>
/// Files from the static assets manifest come with their own ETag, caching and precompressed
/// copies, so the site's own ETag and compression steps leave them alone.
/// </summary>
internal static class StaticAssetRequests
{
    /// <summary>Whether the request is for a file in the static assets manifest.</summary>
    public static bool IsStaticAsset(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.GetEndpoint()?.Metadata.GetMetadata<StaticAssetDescriptor>() is not null;
    }
}
