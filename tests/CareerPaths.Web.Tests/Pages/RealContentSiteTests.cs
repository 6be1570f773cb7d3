using AngleSharp.Html.Parser;
using CareerPaths.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CareerPaths.Web.Tests.Pages;

/// <summary>The checks for any content, on the real content/ folder.</summary>
[Collection(SharedSite.Name)]
public sealed class RealContentSiteTests(SiteFactory factory, ITestOutputHelper output) : SiteCheckTests<SiteFactory>(factory, output)
{
    [Fact]
    public async Task The_html_check_itself_catches_malformed_markup()
    {
        var errors = 0;
        var parser = new HtmlParser();
        parser.Error += (_, _) => errors++;

        await parser.ParseDocumentAsync("<!DOCTYPE html><html><head><title>x</title></head><body><p>a</span></p></body></html>");

        Assert.True(errors > 0);
    }
}
