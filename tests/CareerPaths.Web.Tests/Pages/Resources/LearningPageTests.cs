using System.Globalization;
using CareerPaths.Testing;
using CareerPaths.Web.Tests.Infrastructure;

namespace CareerPaths.Web.Tests.Pages.Resources;

[Collection(SharedSite.Name)]
public sealed class LearningPageTests(SiteFactory factory)
{
    [Fact]
    public async Task A_resource_with_a_checked_date_shows_it_and_one_without_says_nothing_about_checking()
    {
        using var client = factory.CreateSiteClient();

        var page = await client.GetHtmlDocumentAsync("/resources/learning");

        foreach (var resource in RealContent.Catalog.LearningResources)
        {
            var meta = page.QuerySelector($"#{resource.Slug} p.muted")!.TextContent;
            if (resource.Checked is { } checkedOn)
            {
                Assert.Contains($"checked {checkedOn.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}", meta, StringComparison.Ordinal);
            }
            else
            {
                Assert.DoesNotContain("checked", meta, StringComparison.Ordinal);
            }
        }
    }
}
