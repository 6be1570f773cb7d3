namespace CareerPaths.Web.Options;

/// <summary>
/// The "Caching" configuration section: how long browsers and shared caches (a CDN, a caching
/// proxy) may keep pages and data files. Browsers revalidate with the ETag after MaxAgeSeconds;
/// a CDN may keep a copy for SharedMaxAgeSeconds and serve it stale for StaleWhileRevalidateSeconds
/// more while it fetches a fresh one, so visitors never wait on the origin.
/// </summary>
internal sealed class CacheOptions
{
    public const string Section = "Caching";

    public int MaxAgeSeconds { get; set; } = 300;

    public int SharedMaxAgeSeconds { get; set; } = 600;

    public int StaleWhileRevalidateSeconds { get; set; } = 3600;

    public bool IsValid => MaxAgeSeconds >= 0 && SharedMaxAgeSeconds >= 0 && StaleWhileRevalidateSeconds >= 0;

    /// <summary>The Cache-Control value for a page or data file that answered 200.</summary>
    public string CacheControl =>
        $"public, max-age={MaxAgeSeconds}, s-maxage={SharedMaxAgeSeconds}, stale-while-revalidate={StaleWhileRevalidateSeconds}";
}
