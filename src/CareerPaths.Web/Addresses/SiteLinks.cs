using CareerPaths.Content.Addresses;
using CareerPaths.Content.Model;
using CareerPaths.Web.Options;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Options;

namespace CareerPaths.Web.Addresses;

/// <summary>
/// Turns the site's addresses into the links a page writes: the one place that puts the base path
/// and the language prefix ("/es") in front, for pages, drawings, data files and content HTML alike.
/// A link goes to the same language as the page it is on, unless a language is asked for.
/// </summary>
internal sealed class SiteLinks(IHttpContextAccessor accessor, IOptions<SiteOptions> options)
{
    /// <summary>What goes before every root-relative address: the request's base path, such as "/careers".</summary>
    public string Prefix => accessor.HttpContext?.Request.PathBase.Value ?? string.Empty;

    /// <summary>The language of this request, which request localization took from its address.</summary>
    public SiteLanguage Language => LanguageOf(accessor.HttpContext);

    public static SiteLanguage LanguageOf(HttpContext? context) =>
        context?.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture is { } culture
            ? SiteLanguage.Find(culture.Name) ?? SiteLanguage.English
            : SiteLanguage.English;

    /// <summary>A link for an href, src or form action: "/careers/roles/ai-security-engineer".</summary>
    public string Href(SitePath path) => Href(path, Language);

    /// <summary>The link to an address in a given language: "/careers/es/roles/ai-security-engineer".</summary>
    public string Href(SitePath path, SiteLanguage language) => Prefix + InLanguage(path, language);

    /// <summary>The address in a language, before the base path: "/es/" for the home page, "/es/roles" for the roles.</summary>
    public static string InLanguage(SitePath path, SiteLanguage language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return path.IsShared || language.IsOriginal ? path.Value : language.PathPrefix + path.Value;
    }

    /// <summary>
    /// The public address, for canonical links, Open Graph, structured data and the sitemap: the
    /// configured Site:BaseUrl (the public root, including any sub-path), else the request's own.
    /// </summary>
    public string Absolute(SitePath path) => Absolute(path, Language);

    public string Absolute(SitePath path, SiteLanguage language)
    {
        var request = accessor.HttpContext?.Request;
        var origin = options.Value.BaseUrl is { } configured
            ? configured.GetLeftPart(UriPartial.Authority) + configured.AbsolutePath.TrimEnd('/')
            : request is null ? string.Empty : $"{request.Scheme}://{request.Host}{request.PathBase}";
        return origin + InLanguage(path, language);
    }

    /// <summary>Rendered Markdown with its site links (written from the root by editors) moved under the prefix.</summary>
    public IHtmlContent Html(RichText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new HtmlString(ContentLinks.UnderPrefix(text.Html, Prefix, Language));
    }
}
