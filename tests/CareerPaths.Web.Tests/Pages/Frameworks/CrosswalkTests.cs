using System.Text.Json;
using System.Text.RegularExpressions;
using CareerPaths.Testing;
using CareerPaths.Web.Tests.Data;
using CareerPaths.Web.Tests.Infrastructure;

namespace CareerPaths.Web.Tests.Pages.Frameworks;

/// <summary>
/// Every role's framework crosswalk, read from the catalog rather than written here: its page, the
/// /frameworks table, careers.json, careers.csv and the Occupation JSON-LD all say the same.
/// </summary>
[Collection(SharedSite.Name)]
public sealed partial class CrosswalkTests(SiteFactory factory)
{
    private static readonly string[] AiRmfFunctions = ["Govern", "Map", "Measure", "Manage"];

    public static TheoryData<string> Roles() => [.. RealContent.Catalog.Roles.Select(r => r.Slug)];

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task A_role_page_shows_its_nice_work_roles_ecsf_profile_onet_soc_code_and_ai_rmf_functions(string slug)
    {
        var role = RealContent.Catalog.FindRole(slug)!;
        using var client = factory.CreateSiteClient();

        var page = await client.GetHtmlDocumentAsync($"/roles/{slug}");

        var nice = page.Texts(".crosswalk .nice-work-role");
        Assert.NotEmpty(nice);
        Assert.All(nice, text => Assert.Matches(NiceWorkRoleId(), text));
        Assert.Equal(role.Crosswalk.NiceWorkRoles.Select(e => e.Label), nice);
        var ecsf = page.Texts(".crosswalk .ecsf-profile");
        Assert.NotEmpty(ecsf);
        Assert.Equal(role.Crosswalk.EcsfProfiles.Select(e => SeedFacts.Normalize(e.Label)), ecsf);
        var onet = page.QuerySelector(".crosswalk .onet-soc")!.Text();
        Assert.Matches(OnetSocCode(), onet);
        Assert.StartsWith(role.Crosswalk.OnetSoc!.Id, onet, StringComparison.Ordinal);
        var functions = page.QuerySelector(".crosswalk .ai-rmf")!.Text().Split(", ");
        Assert.NotEmpty(functions);
        Assert.All(functions, f => Assert.Contains(f, AiRmfFunctions));
        Assert.Contains(page.QuerySelectorAll("section[aria-labelledby=frameworks-title] a"), a => a.GetAttribute("href") == "/frameworks");
        var occupation = page.QuerySelectorAll("script[type='application/ld+json']")
            .Select(s => JsonDocument.Parse(s.TextContent).RootElement)
            .Single(b => b.GetProperty("@type").GetString() == "Occupation");
        Assert.Equal(role.Crosswalk.OnetSoc.Id, occupation.GetProperty("occupationalCategory").GetProperty("codeValue").GetString());
    }

    [Fact]
    public async Task The_frameworks_page_describes_each_framework_and_has_a_row_per_role()
    {
        var catalog = RealContent.Catalog;
        using var client = factory.CreateSiteClient();

        var page = await client.GetHtmlDocumentAsync("/frameworks");

        foreach (var framework in catalog.Frameworks)
        {
            var item = page.QuerySelector($"#framework-{framework.Slug}")!;
            Assert.Contains(SeedFacts.Normalize(framework.Version), SeedFacts.Normalize(item.TextContent), StringComparison.Ordinal);
            Assert.Equal(framework.Url.ToString(), item.QuerySelector("a")!.GetAttribute("href"));
        }

        Assert.Equal(catalog.Roles.Select(r => $"role-{r.Slug}"), page.QuerySelectorAll(".crosswalk-table tbody tr").Select(r => r.Id));
        Assert.Equal(catalog.Roles.Select(r => r.Crosswalk.OnetSoc!.Label), page.Texts(".crosswalk-table tbody .onet-soc"));
        Assert.NotNull(page.QuerySelector("#use-title"));
    }

    [Fact]
    public async Task The_data_files_carry_each_roles_crosswalk()
    {
        var catalog = RealContent.Catalog;
        using var client = factory.CreateSiteClient();

        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri("/data/careers.json", UriKind.Relative)));
        var rows = Rfc4180.Parse(await client.GetStringAsync(new Uri("/data/careers.csv", UriKind.Relative)));

        var header = rows[0];
        foreach (var role in catalog.Roles)
        {
            var frameworks = json.RootElement.GetProperty("roles").EnumerateArray().Single(r => r.GetProperty("slug").GetString() == role.Slug).GetProperty("frameworks");
            Assert.Equal(role.Crosswalk.NiceWorkRoles.Select(e => e.Id), frameworks.GetProperty("niceWorkRoles").EnumerateArray().Select(e => e.GetProperty("id").GetString()));
            Assert.Equal(role.Crosswalk.EcsfProfiles.Select(e => e.Id), frameworks.GetProperty("ecsfProfiles").EnumerateArray().Select(e => e.GetProperty("id").GetString()));
            Assert.Equal(role.Crosswalk.OnetSoc!.Id, frameworks.GetProperty("onetSoc").GetProperty("id").GetString());
            Assert.Equal(role.Crosswalk.AiRmfFunctions.Select(e => e.Id), frameworks.GetProperty("aiRmfFunctions").EnumerateArray().Select(e => e.GetProperty("id").GetString()));
            var row = rows.Single(r => r[0] == role.Slug);
            Assert.Equal(string.Join(";", role.Crosswalk.NiceWorkRoles.Select(e => e.Id)), row[header.IndexOf("nice_work_roles")]);
            Assert.Equal(role.Crosswalk.OnetSoc.Id, row[header.IndexOf("onet_soc")]);
        }

        Assert.Equal(catalog.Frameworks.Select(f => f.Version), json.RootElement.GetProperty("frameworks").EnumerateArray().Select(f => f.GetProperty("version").GetString()));
    }

    [GeneratedRegex(@"^[A-Z]{2}-WRL-\d{3} ")]
    private static partial Regex NiceWorkRoleId();

    [GeneratedRegex(@"^\d{2}-\d{4}\.\d{2} ")]
    private static partial Regex OnetSocCode();
}
