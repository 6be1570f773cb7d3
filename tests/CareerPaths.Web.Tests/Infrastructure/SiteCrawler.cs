using System.Net;
using AngleSharp.Dom;

namespace CareerPaths.Web.Tests.Infrastructure;

/// <summary>
/// Follows every internal link from a start page, the way a visitor clicking through would, and
/// records each page's status, parsed document and the fragments other pages point into it.
/// </summary>
internal sealed class SiteCrawler(HttpClient client)
{
    public Dictionary<string, HttpStatusCode> Statuses { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, IDocument> Pages { get; } = new(StringComparer.Ordinal);

    /// <summary>Each internal link with a #fragment: the page it is on, and the target with its fragment.</summary>
    public List<(string From, string Target, string Fragment)> Fragments { get; } = [];

    public List<(string From, string Href)> Links { get; } = [];

    public async Task CrawlAsync(string start = "/", int limit = 2000)
    {
        var queue = new Queue<string>([start]);
        var seen = new HashSet<string>(StringComparer.Ordinal) { start };
        while (queue.Count > 0 && seen.Count <= limit)
        {
            var url = queue.Dequeue();
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            Statuses[url] = response.StatusCode;
            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            var document = await HtmlClientExtensions.ParseAsync(await response.Content.ReadAsStringAsync());
            Pages[url] = document;
            foreach (var (href, isForm) in LocalReferences(document))
            {
                Links.Add((url, href));
                var hash = href.IndexOf('#', StringComparison.Ordinal);
                var target = hash >= 0 ? href[..hash] : href;
                // A form's #fragment names where its results will appear, which only exists after submitting.
                if (hash >= 0 && !isForm)
                {
                    Fragments.Add((url, target.Length == 0 ? url : target, href[(hash + 1)..]));
                }

                if (target.Length > 0 && seen.Add(target))
                {
                    queue.Enqueue(target);
                }
            }
        }
    }

    private static IEnumerable<(string Href, bool IsForm)> LocalReferences(IDocument document) =>
        document.QuerySelectorAll("a[href], link[href], img[src], form[action]")
            .Select(e => (Href: e.GetAttribute("href") ?? e.GetAttribute("src") ?? e.GetAttribute("action")!, IsForm: e.LocalName == "form"))
            .Where(r => (r.Href.StartsWith('/') && !r.Href.StartsWith("//", StringComparison.Ordinal)) || r.Href.StartsWith('#'));
}
