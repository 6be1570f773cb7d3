using CareerPaths.Content.Model;
using Microsoft.AspNetCore.Localization;

namespace CareerPaths.Web.Localization;

/// <summary>
/// Takes the language from the address alone ("/es/..." is Spanish, everything else English), so a
/// URL always shows the same language to every visitor, crawler and cache, whatever their
/// Accept-Language, cookies or query string say.
/// </summary>
internal sealed class PathLanguageCultureProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var culture = SiteLanguage.OfPath(httpContext.Request.Path.Value).Culture.Name;
        return Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(culture));
    }
}
