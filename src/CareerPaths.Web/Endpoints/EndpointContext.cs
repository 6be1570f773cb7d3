using CareerPaths.Web.Addresses;
using CareerPaths.Web.LiveContent;

namespace CareerPaths.Web.Endpoints;

/// <summary>
/// What the data endpoints' handlers take from a request. The handlers are plain request delegates
/// (HttpContext in, Task out) rather than lambdas with parameters for the framework to bind: those
/// go through RequestDelegateFactory, whose reflection, compiled expressions and form-binding
/// set-up ran on every cold start before the first page was served.
/// </summary>
internal static class EndpointContext
{
    public static CatalogStore Store(HttpContext context) => context.RequestServices.GetRequiredService<CatalogStore>();

    public static SiteLinks Links(HttpContext context) => context.RequestServices.GetRequiredService<SiteLinks>();

    /// <summary>Answers with text, exactly as returning Results.Text from a handler does.</summary>
    public static Task Text(HttpContext context, string text, string contentType) =>
        Results.Text(text, contentType).ExecuteAsync(context);
}
