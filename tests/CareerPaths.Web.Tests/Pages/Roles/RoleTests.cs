using System.Globalization;
using System.Text.Json;
using CareerPaths.Content.Model;
using CareerPaths.Testing;
using CareerPaths.Web.Pages.Roles;
using CareerPaths.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CareerPaths.Web.Tests.Pages.Roles;

[Collection(SharedSite.Name)]
public sealed class RoleTests(SiteFactory factory, ITestOutputHelper output) : SharedSiteTests(factory, output)
{
    [Fact]
    public async Task A_role_page_shows_where_it_sits_what_it_takes_and_where_it_leads()
    {
        var catalog = RealContent.Catalog;
        var role = catalog.FindRole("ai-security-engineer")!;
        using var client = Site.CreateSiteClient();

        var page = await client.GetHtmlDocumentAsync("/roles/ai-security-engineer");

        Assert.Equal("AI Security Engineer", page.QuerySelector("main h1")!.Text());
        var facts = page.QuerySelectorAll(".role-facts div").ToDictionary(d => d.QuerySelector("dt")!.Text(), d => d.QuerySelector("dd")!.Text());
        Assert.Equal("Technical", facts["Track"]);
        Assert.Equal("Mid-Level", facts["Level"]);
        Assert.Equal("3-5 years", facts["Experience"]);
        Assert.Equal("$100,000 - $145,000", facts["Salary range"]);
        Assert.Equal("Design and implement AI security controls, secure the AI lifecycle, conduct security testing", page.QuerySelector(".responsibilities")!.Text());
        Assert.Equal("Strong programming skills, knowledge of AI/ML vulnerabilities, experience with security frameworks", page.QuerySelector(".skills")!.Text());
        Assert.Equal(role.Body.Html.Split("<p>").Length - 1, page.QuerySelectorAll(".role-narrative p").Length);
        Assert.Contains("Software Developer", page.Texts("section[aria-labelledby=from-title] li a"));
        Assert.Equal(role.NextSteps.Select(Href), page.QuerySelectorAll("section[aria-labelledby=next-title] a").Select(a => a.GetAttribute("href")));
        var sideways = page.QuerySelectorAll("section[aria-labelledby=sideways-title] a").Select(a => a.GetAttribute("href")).ToList();
        Assert.NotEmpty(sideways);
        Assert.Equal(catalog.SidewaysMoves(role).Select(Href), sideways);
        Assert.DoesNotContain(sideways, href => catalog.RolesIn(role.Track).Select(Href).Contains(href));
        Assert.Equal(catalog.CertificationsFor(role).Select(c => SeedFacts.Normalize(c.Name)), page.Texts("section[aria-labelledby=certs-title] li > a:first-child"));
        Assert.Equal(catalog.LearningFor(role).Select(r => SeedFacts.Normalize(r.Name)), page.Texts("section[aria-labelledby=learn-title] li a"));
        Assert.Equal(["Overview", "Roles", "Technical", "AI Security Engineer"], page.Texts("nav.breadcrumb li"));
        Assert.Equal($"Last reviewed {role.Reviewed.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}", page.QuerySelector(".reviewed")!.Text());
    }

    [Fact]
    public async Task A_role_page_carries_an_occupation_with_its_estimated_salary()
    {
        using var client = Site.CreateSiteClient();

        var page = await client.GetHtmlDocumentAsync("/roles/chief-ai-security-officer");

        var blocks = page.QuerySelectorAll("script[type='application/ld+json']").Select(s => JsonDocument.Parse(s.TextContent).RootElement).ToList();
        var occupation = Assert.Single(blocks, b => b.GetProperty("@type").GetString() == "Occupation");
        Assert.Equal("Chief AI Security Officer", occupation.GetProperty("name").GetString());
        var salary = occupation.GetProperty("estimatedSalary");
        Assert.Equal("MonetaryAmountDistribution", salary.GetProperty("@type").GetString());
        Assert.Equal("USD", salary.GetProperty("currency").GetString());
        Assert.Equal(180000, salary.GetProperty("minValue").GetInt32());
        Assert.Equal(250000, salary.GetProperty("maxValue").GetInt32());
        Assert.Contains(blocks, b => b.GetProperty("@type").GetString() == "BreadcrumbList");
    }

    [Theory]
    [InlineData("?track=operations", "operations", null, "in the Operations track.")]
    [InlineData("?level=executive", null, "executive", "at Executive.")]
    [InlineData("?track=governance&level=entry", "governance", "entry", "in the Governance track at Entry-Level.")]
    [InlineData("", null, null, "roles.")]
    public async Task The_roles_list_filters_on_the_server(string query, string? track, string? level, string described)
    {
        var matching = RealContent.Catalog.Roles.Where(r => (track is null || r.Track.Slug == track) && (level is null || r.Level.Slug == level));
        using var client = Site.CreateSiteClient();

        var page = await client.GetHtmlDocumentAsync("/roles" + query);

        Assert.Equal(matching.Take(IndexModel.PageSize).Select(Href), page.QuerySelectorAll(".role-list > li .role-card-title a").Select(a => a.GetAttribute("href")));
        Assert.EndsWith(described, page.QuerySelector(".result-count")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_filter_is_explained_and_ignored()
    {
        using var client = Site.CreateSiteClient();

        var page = await client.GetHtmlDocumentAsync("/roles?track=%3Cscript%3Ex&level=mid");

        Assert.Equal("There is no track \u201c<script>x\u201d, so that filter was left out.", page.QuerySelector(".notice")!.Text());
        Assert.Equal(Math.Min(IndexModel.PageSize, RealContent.Catalog.Roles.Count(r => r.Level.Slug == "mid")), page.QuerySelectorAll(".role-list > li").Length);
        Assert.Empty(page.QuerySelectorAll("main script"));
    }

    private static string Href(Role role) => $"/roles/{role.Slug}";
}
