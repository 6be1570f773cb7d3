using System.Globalization;
using CareerPaths.Content.Model;
using CareerPaths.Testing;
using CareerPaths.Web.Tests.Infrastructure;

namespace CareerPaths.Web.Tests.Pages.Resources;

/// <summary>
/// The certifications page against the catalog's own lifecycle data: every certification still
/// awarded is in the table, every retired one is listed apart with its successor, and no role page
/// recommends a retired one.
/// </summary>
[Collection(SharedSite.Name)]
public sealed class CertificationsPageTests(SiteFactory factory)
{
    private static Catalog Catalog => RealContent.Catalog;

    [Fact]
    public async Task Certifications_still_awarded_are_in_the_table_and_retired_ones_are_listed_with_their_successor()
    {
        using var client = factory.CreateSiteClient();

        var page = await client.GetHtmlDocumentAsync("/resources/certifications");

        var rows = page.QuerySelectorAll("#all-certifications tbody tr").Select(r => r.Id).ToList();
        Assert.Equal(Catalog.Certifications.Where(c => c.Lifecycle.IsRecommendable).Select(c => c.Slug), rows);
        foreach (var retired in Catalog.Certifications.Where(c => !c.Lifecycle.IsRecommendable))
        {
            var item = page.QuerySelector($"#retired-certifications li#{retired.Slug}");
            Assert.NotNull(item);
            Assert.Contains("Retired", item.TextContent, StringComparison.Ordinal);
            if (Catalog.Successor(retired) is { } successor)
            {
                Assert.Contains(item.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/resources/certifications#{successor.Slug}");
                Assert.Contains(successor.Slug, rows);
            }
        }

        foreach (var retiring in Catalog.Certifications.Where(c => c.Lifecycle.Status == CertificationStatus.Retiring))
        {
            var status = page.QuerySelector($"#all-certifications tr#{retiring.Slug} .cert-status")!.TextContent;
            Assert.Contains($"Retires {retiring.Lifecycle.Retires!.Value.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}", status, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task No_role_page_links_to_a_retired_certification()
    {
        var retired = Catalog.Certifications.Where(c => !c.Lifecycle.IsRecommendable).Select(c => $"/resources/certifications#{c.Slug}").ToHashSet();
        using var client = factory.CreateSiteClient();

        foreach (var role in Catalog.Roles)
        {
            var page = await client.GetHtmlDocumentAsync($"/roles/{role.Slug}");

            var links = page.QuerySelectorAll("section[aria-labelledby=certs-title] a").Select(a => a.GetAttribute("href")!);
            Assert.DoesNotContain(links, retired.Contains);
        }
    }
}
