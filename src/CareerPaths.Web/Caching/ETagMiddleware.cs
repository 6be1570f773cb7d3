using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace CareerPaths.Web.Caching;

/// <summary>
/// Gives pages a strong ETag: a hash of the exact bytes sent, so each encoding has its own. It
/// sits inside the output cache, so the hash is computed once per page, version and encoding;
/// the output cache then answers If-None-Match with 304 from the stored ETag.
/// </summary>
internal sealed class ETagMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // Only pages and data endpoints: static files carry their own ETag, and buffering them
        // here would copy every stylesheet request through memory for nothing.
        if (context.GetEndpoint() is null
            || context.IsStaticAsset()
            || (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method)))
        {
            await next(context);
            return;
        }

        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        var response = context.Response;
        if (response.StatusCode == StatusCodes.Status200OK && !response.Headers.ContainsKey(HeaderNames.ETag))
        {
            var etag = $"\"{Convert.ToBase64String(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length))[..12]).TrimEnd('=').Replace('+', '-').Replace('/', '_')}\"";
            response.Headers.ETag = etag;
            if (context.Request.Headers.IfNoneMatch.ToString().Split(',').Any(t => t.Trim() == etag))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                response.ContentLength = null;
                return;
            }
        }

        if (buffer.Length == 0)
        {
            // Leave an empty response untouched, so status code pages can still fill in a 404.
            return;
        }

        buffer.Position = 0;
        response.ContentLength ??= buffer.Length;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }
}
