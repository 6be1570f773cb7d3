using CareerPaths.Web.Tests.Infrastructure;

namespace CareerPaths.Web.Tests.Pages;

[Collection(SharedSite.Name)]
public sealed class FindYourPathTests(SiteFactory factory)
{
    public static TheoryData<string, string> Backgrounds() => new()
    {
        { "software-developer", "AI Security Engineer" },
        { "data-scientist", "AI Model Validator" },
        { "it-support", "AI Security Analyst" },
        { "network-engineer", "AI Security Operations Specialist" },
        { "quality-assurance", "AI Security Tester" },
        { "risk-analyst", "AI Governance Specialist" },
        { "compliance-officer", "AI Ethics Officer" },
        { "project-manager", "AI Security Program Manager" },
        { "legal-professional", "AI Policy Advisor" },
        { "business-analyst", "AI Risk Assessor" },
    };

    [Theory]
    [MemberData(nameof(Backgrounds))]
    public async Task Every_background_gets_a_track_an_entry_role_and_the_steps_after_it(string background, string role)
    {
        using var client = factory.CreateSiteClient();

        var page = await client.GetHtmlDocumentAsync($"/find-your-path?background={background}&years=0");

        var result = page.QuerySelector("#result")!;
        Assert.StartsWith("Your recommended path: the ", result.QuerySelector("h2")!.Text(), StringComparison.Ordinal);
        Assert.Equal(role, result.QuerySelector(".result-lead a strong")!.Text());
        Assert.NotEmpty(result.QuerySelectorAll("section[aria-labelledby=why-title] li"));
        Assert.NotEmpty(result.QuerySelectorAll("section[aria-labelledby=steps-title] li"));
        Assert.NotEmpty(result.QuerySelectorAll("section[aria-labelledby=result-certs-title] li"));
        Assert.Equal(background, page.QuerySelector("#background option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task The_form_lists_every_background_every_focus_area_and_other()
    {
        using var client = factory.CreateSiteClient();

        var page = await client.GetHtmlDocumentAsync("/find-your-path");

        Assert.Equal(11, page.QuerySelectorAll("#background option:not([value=''])").Length);
        Assert.Equal(12, page.QuerySelectorAll("input[name=interest]").Length);
        Assert.Equal("get", page.QuerySelector("form.path-form")!.GetAttribute("method"));
        Assert.Null(page.QuerySelector("#result"));
        Assert.Equal(6, page.QuerySelectorAll("#guides li a").Length);
    }

    [Theory]
    [InlineData("?background=%3Cscript%3Ealert(1)%3C%2Fscript%3E&years=abc", "We did not recognize that background")]
    [InlineData("?background=software-developer&years=-1", "Years of experience should be a whole number")]
    [InlineData("?interest=Nope&interest=%22%3E%3Cimg", "Some interests were not ones we know")]
    public async Task Malformed_answers_get_a_friendly_message_not_an_error(string query, string message)
    {
        using var client = factory.CreateSiteClient();

        var page = await client.GetHtmlDocumentAsync("/find-your-path" + query);

        Assert.Contains(page.Texts("#result .notice"), n => n.StartsWith(message, StringComparison.Ordinal));
        Assert.Empty(page.QuerySelectorAll("main script, main img"));
    }
}
