using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using CareerPaths.Testing;

namespace CareerPaths.Web.Tests.Infrastructure;

/// <summary>Fetches a page, checks its status (with the body in the failure message) and parses it with AngleSharp.</summary>
internal static class HtmlClientExtensions
{
    public static async Task<IDocument> GetHtmlDocumentAsync(this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"GET {url} returned {(int)response.StatusCode}, expected {(int)expected}.\n{body}");
        return await ParseAsync(body);
    }

    public static async Task<IDocument> ParseAsync(string html)
    {
        var context = BrowsingContext.New(Configuration.Default);
        var parser = context.GetService<IHtmlParser>()!;
        return await parser.ParseDocumentAsync(html);
    }

    /// <summary>The visible text of an element with its whitespace folded, as a reader sees it.</summary>
    public static string Text(this IElement element) => SeedFacts.Normalize(element.TextContent);

    public static IReadOnlyList<string> Texts(this IDocument document, string selector) =>
        [.. document.QuerySelectorAll(selector).Select(e => e.Text())];
}
