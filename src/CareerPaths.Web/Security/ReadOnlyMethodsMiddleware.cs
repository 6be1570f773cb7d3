using Microsoft.Net.Http.Headers;

namespace CareerPaths.Web.Security;

/// <summary>
/// The site is read-only: every page and form uses GET. Any other method gets 405 with an Allow
/// header, rather than being run as if it were a GET.
/// </summary>
internal sealed class ReadOnlyMethodsMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var method = context.Request.Method;
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method))
        {
            return next(context);
        }

        context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
        context.Response.Headers[HeaderNames.Allow] = "GET, HEAD";
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync("This site only answers GET and HEAD requests.");
    }
}
