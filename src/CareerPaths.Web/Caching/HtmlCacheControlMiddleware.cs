using CareerPaths.Web.Options;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace CareerPaths.Web.Caching;

/// <summary>
/// Pages and data get a short browser cache (they change when editors publish) and are
/// revalidated cheaply with their ETag; a CDN may keep them a little longer and serve a stale copy
/// while it revalidates (<see cref="CacheOptions"/>). In Development they are always revalidated,
/// so an editor sees a saved change on the next reload.
/// </summary>
internal sealed class HtmlCacheControlMiddleware(RequestDelegate next, IWebHostEnvironment environment, IOptions<CacheOptions> options)
{
    private readonly string _value = environment.IsDevelopment() ? "no-cache" : options.Value.CacheControl;

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
