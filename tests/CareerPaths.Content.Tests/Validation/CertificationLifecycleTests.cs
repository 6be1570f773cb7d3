using CareerPaths.Content.Diagnostics;
using CareerPaths.Content.Guidance;
using CareerPaths.Content.Model;
using CareerPaths.Content.Validation;

namespace CareerPaths.Content.Tests.Validation;

/// <summary>
/// A fixture with an active, a retiring and a retired certification, each pointed at by a role and a
/// guide: the site never recommends the retired one, and validate's checks flag both.
/// </summary>
public sealed class CertificationLifecycleTests
{
    [Fact]
    public void A_retired_certification_is_never_recommended_for_a_role_or_by_find_your_path()
    {
        using var fixture = ContentFixture.WithOverlay("lifecycle");
        var catalog = fixture.Load().Catalog!;
        var engineer = catalog.FindRole("engineer")!;

        var recommended = catalog.CertificationsFor(engineer);
        var path = PathFinder.Recommend(catalog, new PathQuery("software-developer", [], "0"))!;

        Assert.Equal(["example-cert", "fading-cert"], recommended.Select(c => c.Slug).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(path.Certifications, c => c.Slug == "gone-cert");
        Assert.Equal(CertificationStatus.Retired, catalog.FindCertification("gone-cert")!.Lifecycle.Status);
        Assert.Equal("example-cert", catalog.Successor(catalog.FindCertification("gone-cert")!)!.Slug);
    }

    [Fact]
    public void Pointing_at_a_retired_certification_is_an_error_and_at_a_retiring_one_a_warning()
    {
        using var fixture = ContentFixture.WithOverlay("lifecycle");
        var catalog = fixture.Load().Catalog!;

        var problems = Check(catalog, fixture).Select(p => p.ToString()).ToList();

        Assert.Contains("content/certifications.yml:30:12: error: 'GONE (Gone Engineer Certification)' is retired but still lists roles, so their pages would have recommended it \u2014 set `roles: []` (its successor is 'example-cert')", problems);
        Assert.Contains("content/certifications.yml:17:12: warning: 'FADE (Fading Engineer Certification)' retires on 2027-03-31 and is still recommended for 1 role(s) \u2014 plan to move them (its successor is 'example-cert')", problems);
        Assert.Contains(problems, p => p.StartsWith("content/guides/students.md:12:", StringComparison.Ordinal) && p.Contains(": error: this page points readers at 'GONE (Gone Engineer Certification)', which is retired since 2026-06-30", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("content/guides/students.md:10:", StringComparison.Ordinal) && p.Contains(": warning: this page points readers at 'FADE (Fading Engineer Certification)', which retires on 2027-03-31", StringComparison.Ordinal));
    }

    [Fact]
    public void A_certification_named_in_prose_without_a_link_is_a_warning_with_file_line_and_the_link_to_write()
    {
        using var fixture = ContentFixture.WithOverlay("lifecycle");
        var catalog = fixture.Load().Catalog!;

        var warnings = Check(catalog, fixture).Where(p => p.Message.StartsWith("[links:certification]", StringComparison.Ordinal)).ToList();

        var warning = Assert.Single(warnings);
        Assert.Equal("content/guides/students.md:10:16: warning: [links:certification] 'Example Certification' is named here but never linked \u2014 link its first mention to its entry, like [Example Certification](/resources/certifications#example-cert)", warning.ToString());
    }

    [Fact]
    public void A_linked_mention_satisfies_the_check()
    {
        using var fixture = ContentFixture.WithOverlay("lifecycle");
        fixture.Write("guides/students.md", "---\ntitle: Fixture guide for students\naudience: Students\nsummary: A guide.\nreviewed: 2026-11-27\n---\nStart with the [Example Certification](/resources/certifications#example-cert); the Example Certification is enough.\n");
        var catalog = fixture.Load().Catalog!;

        var problems = Check(catalog, fixture);

        Assert.DoesNotContain(problems, p => p.File.EndsWith("guides/students.md", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("status: retiring", "status: retirng", "unknown status 'retirng' \u2014 did you mean 'retiring'?")]
    [InlineData("    retires: 2027-03-31\n", "", "a retiring certification needs the date it retires")]
    [InlineData("replaced_by: example-cert\n    checked: 2026-12-02\n    summary: Proves engineering", "replaced_by: exampel-cert\n    checked: 2026-12-02\n    summary: Proves engineering", "unknown certification 'exampel-cert' \u2014 did you mean 'example-cert'?")]
    public void An_inconsistent_lifecycle_is_a_load_error_on_its_line(string find, string replace, string message)
    {
        using var fixture = ContentFixture.WithOverlay("lifecycle");
        var path = Path.Combine(fixture.Directory, "certifications.yml");
        fixture.Write("certifications.yml", File.ReadAllText(path).Replace(find, replace, StringComparison.Ordinal));

        var result = fixture.Load();

        Assert.Null(result.Catalog);
        Assert.Contains(result.Errors, e => e.File == "content/certifications.yml" && e.Position.Line > 0 && e.Message.StartsWith(message, StringComparison.Ordinal));
    }

    private static IReadOnlyList<ContentError> Check(Catalog catalog, ContentFixture fixture) =>
        CertificationMentions.Check(catalog, path => File.ReadAllText(Path.Combine(fixture.Directory, path)), "content");
}
