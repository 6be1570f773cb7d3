namespace CareerPaths.Web.Hosting;

/// <summary>The "Site" configuration section.</summary>
public sealed class SiteOptions
{
    public const string Section = "Site";

    public string Name { get; set; } = "CareerPaths";

    /// <summary>The public address used in canonical links, Open Graph tags and the sitemap. Empty means the request's own address.</summary>
    public Uri? BaseUrl { get; set; }
}
