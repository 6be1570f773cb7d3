using System.Text.Json;
using CareerPaths.Web.Tests.Infrastructure;

namespace CareerPaths.Web.Tests.Pages;

[Collection(SharedSite.Name)]
public sealed class RoleTests(SiteFactory factory)
{
    [Fact]
    public async Task A_role_page_shows_where_it_sits_what_it_takes_and_where_it_leads()
    {
        using var client = factory.CreateSiteClient();

        var page = await client.GetHtmlDocumentAsync("/roles/ai-security-engineer");

        Assert.Equal("AI Security Engineer", page.QuerySelector("main h1")!.Text());
        var facts = page.QuerySelectorAll(".role-facts div").ToDictionary(d => d.QuerySelector("dt")!.Text(), d => d.QuerySelector("dd")!.Text());
        Assert.Equal("Technical", facts["Track"]);
        Assert.Equal("Mid-Level", facts["Level"]);
        Assert.Equal("3-5 years", facts["Experience"]);
        Assert.Equal("$100,000 - $145,000", facts["Salary range"]);
        Assert.Equal("Design and implement AI security controls, secure the AI lifecycle, conduct security testing", page.QuerySelector(".responsibilities")!.Text());
        Assert.Equal("Strong programming skills, knowledge of AI/ML vulnerabilities, experience with security frameworks", page.QuerySelector(".skills")!.Text());
        Assert.True(page.QuerySelectorAll(".role-narrative p").Length >= 3);
        Assert.Contains("Software Developer", page.Texts("section[aria-labelledby=from-title] li a"));
        Assert.Equal(["/roles/ai-security-architect"], page.QuerySelectorAll("section[aria-labelledby=next-title] a").Select(a => a.GetAttribute("href")));
        var sideways = page.QuerySelectorAll("section[aria-labelledby=sideways-title] a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/roles/ai-incident-responder", sideways);
        Assert.Contains("/roles/ai-policy-advisor", sideways);
        Assert.DoesNotContain("/roles/ai-penetration-tester", sideways);
        Assert.NotEmpty(page.QuerySelectorAll("section[aria-labelledby=certs-title] li"));
        Assert.NotEmpty(page.QuerySelectorAll("section[aria-labelledby=learn-title] li"));
        Assert.Equal(["Overview", "Roles", "Technical", "AI Security Engineer"], page.Texts("nav.breadcrumb li"));
        Assert.Equal("Last reviewed 27 November 2026", page.QuerySelector(".reviewed")!.Text());
    }

    [Fact]
    public async Task A_role_page_carries_an_occupation_with_its_estimated_salary()
    {
        using var client = factory.CreateSiteClient();

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
    [InlineData("?track=operations", 6, "in the Operations track.")]
    [InlineData("?level=executive", 3, "at Executive.")]
    [InlineData("?track=governance&level=entry", 2, "in the Governance track at Entry-Level.")]
    [InlineData("", 20, "roles.")]
    public async Task The_roles_list_filters_on_the_server(string query, int count, string described)
    {
        using var client = factory.CreateSiteClient();

        var page = await client.GetHtmlDocumentAsync("/roles" + query);

        Assert.Equal(count, page.QuerySelectorAll(".role-list > li").Length);
        Assert.EndsWith(described, page.QuerySelector(".result-count")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_filter_is_explained_and_ignored()
    {
        using var client = factory.CreateSiteClient();

        var page = await client.GetHtmlDocumentAsync("/roles?track=%3Cscript%3Ex&level=mid");

        Assert.Equal("There is no track \u201c<script>x\u201d, so that filter was left out.", page.QuerySelector(".notice")!.Text());
        Assert.Equal(7, page.QuerySelectorAll(".role-list > li").Length);
        Assert.Empty(page.QuerySelectorAll("main script"));
    }
}
