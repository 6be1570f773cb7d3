using CareerPaths.Testing;
using CareerPaths.Web.Tests.Infrastructure;

namespace CareerPaths.Web.Tests.Pages.Roles;

[Collection(SharedSite.Name)]
public sealed class JobTitleTests(SiteFactory factory)
{
    [Fact]
    public async Task Every_role_page_lists_the_titles_it_is_advertised_under()
    {
        using var client = factory.CreateSiteClient();

        foreach (var role in RealContent.Catalog.Roles.Where(r => r.JobTitles.Count > 0))
        {
            var page = await client.GetHtmlDocumentAsync($"/roles/{role.Slug}");

            Assert.Equal($"Also advertised as: {string.Join("; ", role.JobTitles)}", page.QuerySelector(".role-header .job-titles")!.Text());
        }
    }
}
