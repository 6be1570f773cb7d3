using CareerPaths.Content.Addresses;

namespace CareerPaths.Web.Export;

/// <summary>
/// Where each URL goes in the export. Pages become `path.html` (the overview `index.html`, the
/// 404 page `404.html`, a language's overview `es/index.html`), which nginx serves with `try_files $uri $uri.html $uri/index.html =404`.
/// Files with an extension keep their path, so a fingerprinted asset (css/site.{fingerprint}.css) keeps
/// its name; a `?v=` version (the track stylesheet's) is dropped, as a static host ignores it.
/// </summary>
internal static class ExportPaths
{
    /// <summary>
    /// The files a URL is written to: one, except the English 404 page, which is also written at
    /// its own address (not-found.html), as the language switch of the other languages' 404 pages links there.
    /// </summary>
    public static IReadOnlyList<string> FilesFor(string urlPath) =>
        urlPath == SiteMap.NotFound.Value ? [FileFor(urlPath), AddressFile(urlPath)] : [FileFor(urlPath)];

    public static string FileFor(string urlPath)
    {
        ArgumentNullException.ThrowIfNull(urlPath);
        var path = urlPath.Split('?', '#')[0];
        if (path is "/" or "")
        {
            return "index.html";
        }

        if (path == SiteMap.NotFound.Value)
        {
            return "404.html";
        }

        return AddressFile(path);
    }

    /// <summary>The file nginx's try_files finds for an address: "roles/x.html" for "/roles/x", "es/index.html" for "/es/".</summary>
    private static string AddressFile(string path)
    {
        var relative = Uri.UnescapeDataString(path.TrimStart('/'));
        if (relative.EndsWith('/'))
        {
            // A language's overview ("/es/") is its folder's index.
            return relative + "index.html";
        }

        return Path.HasExtension(relative) ? relative : relative + ".html";
    }
}
