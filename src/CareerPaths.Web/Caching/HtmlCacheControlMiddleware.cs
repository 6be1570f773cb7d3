using Microsoft.Net.Http.Headers;

namespace CareerPaths.Web.Caching;

/// <summary>
/// Pages and data get a short browser cache (they change when editors publish) and are
/// revalidated cheaply with their ETag. In Development they are always revalidated, so an
/// editor sees a saved change on the next reload.
/// </summary>
internal sealed class HtmlCacheControlMiddleware(RequestDelegate next, IWebHostEnvironment environment)
{
    private readonly string _value = environment.IsDevelopment() ? "no-cache" : "public, max-age=300";

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            if (!headers.ContainsKey(HeaderNames.CacheControl))
            {
                headers.CacheControl = context.Response.StatusCode == StatusCodes.Status200OK ? _value : "no-store";
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
