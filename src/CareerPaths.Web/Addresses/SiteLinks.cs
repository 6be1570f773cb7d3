using CareerPaths.Content.Addresses;
using CareerPaths.Content.Model;
using CareerPaths.Web.Options;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Options;

namespace CareerPaths.Web.Addresses;

/// <summary>
/// Turns the site's addresses into the links a page writes: the one place that puts the base path
/// (and, later, a language prefix) in front, for pages, drawings, data files and content HTML alike.
/// </summary>
internal sealed class SiteLinks(IHttpContextAccessor accessor, IOptions<SiteOptions> options)
{
    /// <summary>What goes before every root-relative address: the request's base path, such as "/careers".</summary>
    public string Prefix => accessor.HttpContext?.Request.PathBase.Value ?? string.Empty;

    /// <summary>A link for an href, src or form action: "/careers/roles/ai-security-engineer".</summary>
    public string Href(SitePath path) => Prefix + path.Value;

    /// <summary>
    /// The public address, for canonical links, Open Graph, structured data and the sitemap: the
    /// configured Site:BaseUrl (the public root, including any sub-path), else the request's own.
    /// </summary>
    public string Absolute(SitePath path)
    {
        var request = accessor.HttpContext?.Request;
        var origin = options.Value.BaseUrl is { } configured
            ? configured.GetLeftPart(UriPartial.Authority) + configured.AbsolutePath.TrimEnd('/')
            : request is null ? string.Empty : $"{request.Scheme}://{request.Host}{request.PathBase}";
        return origin + path.Value;
    }

    /// <summary>Rendered Markdown with its site links (written from the root by editors) moved under the prefix.</summary>
    public IHtmlContent Html(RichText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new HtmlString(ContentLinks.UnderPrefix(text.Html, Prefix));
    }
}
