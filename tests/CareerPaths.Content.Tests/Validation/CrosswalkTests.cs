using CareerPaths.Content.Model;
using CareerPaths.Testing;

namespace CareerPaths.Content.Tests.Validation;

/// <summary>Role crosswalks name only identifiers listed in frameworks.yml, and every real role has one.</summary>
public sealed class CrosswalkTests
{
    [Fact]
    public void Every_real_role_has_a_nice_work_role_an_ecsf_profile_an_onet_soc_code_and_ai_rmf_functions()
    {
        var catalog = RealContent.Catalog;

        Assert.All(catalog.Roles, role =>
        {
            Assert.NotEmpty(role.Crosswalk.NiceWorkRoles);
            Assert.NotEmpty(role.Crosswalk.EcsfProfiles);
            Assert.NotNull(role.Crosswalk.OnetSoc);
            Assert.NotEmpty(role.Crosswalk.AiRmfFunctions);
        });
        Assert.All([Framework.Nice, Framework.Ecsf, Framework.OnetSoc, Framework.AiRmf], slug => Assert.NotNull(catalog.FindFramework(slug)));
        Assert.All(catalog.Frameworks, f => Assert.False(string.IsNullOrWhiteSpace(f.Version)));
    }

    [Fact]
    public void A_role_naming_an_identifier_frameworks_yml_does_not_list_is_an_error_on_its_line_with_the_nearest_one()
    {
        using var fixture = ContentFixture.Create();
        fixture.Write("frameworks.yml", "frameworks:\n  - slug: nice\n    name: NICE Framework\n    publisher: NIST\n    version: v2.0.0\n    url: https://example.org/nice\n    summary: Work roles.\n    entries:\n      - id: DD-WRL-004\n        name: Secure Systems Development\n");
        var path = Path.Combine(fixture.Directory, "roles", "engineer.md");
        var text = File.ReadAllText(path);
        fixture.Write("roles/engineer.md", text.Replace("reviewed: 2026-11-27\n", "reviewed: 2026-11-27\nnice_work_roles: [DD-WRL-044]\n", StringComparison.Ordinal));

        var result = fixture.Load();

        Assert.Null(result.Catalog);
        var error = Assert.Single(result.Errors, e => e.File == "content/roles/engineer.md");
        Assert.True(error.Position.Line > 1);
        Assert.StartsWith("'DD-WRL-044' is not listed under 'nice' in frameworks.yml \u2014 did you mean 'DD-WRL-004'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_role_with_a_listed_identifier_shows_the_publishers_name_for_it()
    {
        using var fixture = ContentFixture.Create();
        fixture.Write("frameworks.yml", "frameworks:\n  - slug: nice\n    name: NICE Framework\n    publisher: NIST\n    version: v2.0.0\n    url: https://example.org/nice\n    summary: Work roles.\n    entries:\n      - id: DD-WRL-004\n        name: Secure Systems Development\n");
        var path = Path.Combine(fixture.Directory, "roles", "engineer.md");
        fixture.Write("roles/engineer.md", File.ReadAllText(path).Replace("reviewed: 2026-11-27\n", "reviewed: 2026-11-27\nnice_work_roles: [DD-WRL-004]\n", StringComparison.Ordinal));

        var catalog = fixture.Load().Catalog!;

        Assert.Equal(["DD-WRL-004 Secure Systems Development"], catalog.FindRole("engineer")!.Crosswalk.NiceWorkRoles.Select(e => e.Label));
    }
}
