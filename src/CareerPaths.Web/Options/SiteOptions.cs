namespace CareerPaths.Web.Options;

/// <summary>The "Site" configuration section.</summary>
internal sealed class SiteOptions
{
    public const string Section = "Site";

    public string Name { get; set; } = "CareerPaths";

    /// <summary>The public address used in canonical links, Open Graph tags and the sitemap. Empty means the request's own address.</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>
    /// The sub-path the site is served under, such as "/careers"; empty at the root. Every link the
    /// site writes starts with it, because every link comes from <see cref="Addresses.SiteLinks"/>.
    /// </summary>
    public string BasePath { get; set; } = string.Empty;
}
