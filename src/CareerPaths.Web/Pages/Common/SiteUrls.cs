using CareerPaths.Web.Hosting;

namespace CareerPaths.Web.Pages.Common;

/// <summary>Absolute URLs for canonical links, Open Graph and the sitemap: the configured base address, or the request's own.</summary>
public static class SiteUrls
{
    public static string Absolute(HttpRequest request, SiteOptions options, string path)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(options);
        var origin = options.BaseUrl is { } configured
            ? configured.GetLeftPart(UriPartial.Authority) + configured.AbsolutePath.TrimEnd('/')
            : $"{request.Scheme}://{request.Host}{request.PathBase}";
        return origin + (path.StartsWith('/') ? path : "/" + path);
    }
}
