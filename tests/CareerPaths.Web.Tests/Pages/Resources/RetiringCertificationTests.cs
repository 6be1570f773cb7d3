using CareerPaths.Content.Model;
using CareerPaths.Testing;
using CareerPaths.Web.Tests.Infrastructure;

namespace CareerPaths.Web.Tests.Pages.Resources;

/// <summary>
/// An editor marks a recommended certification as retiring, with a date and a successor: every
/// page that recommends it says so, with the date and a link to the successor, and keeps
/// recommending it until it is retired.
/// </summary>
public sealed class RetiringCertificationTests : IDisposable
{
    private const string RetiresOn = "2027-03-31";
    private const string RetiresAs = "Retires 31 March 2027; its successor is ";

    private static readonly Catalog Catalog = RealContent.Catalog;

    // A background whose role is recommended a certification still awarded, and another one to succeed it.
    private static readonly Background Background = Catalog.Backgrounds.First(b => Catalog.CertificationsFor(b.Role).Any());
    private static readonly Certification Retiring = Catalog.CertificationsFor(Background.Role)[0];
    private static readonly Certification Successor = Catalog.Certifications.First(c => c.Lifecycle.IsRecommendable && c != Retiring);

    private readonly ContentCopy _copy = new();
    private readonly CopySiteFactory _site;

    public RetiringCertificationTests()
    {
        _copy.Edit("certifications.yml", $@"(^  - slug: {Retiring.Slug}\n(?:    .*\n)*?    url: .*\n)",
            $"$1    status: retiring\n    retires: {RetiresOn}\n    replaced_by: {Successor.Slug}\n");
        _site = new CopySiteFactory(_copy.Directory);
    }

    [Fact]
    public async Task The_role_page_and_find_your_path_show_its_date_and_successor()
    {
        using var client = _site.CreateClient();

        var role = await client.GetHtmlDocumentAsync($"/roles/{Background.Role.Slug}");
        var path = await client.GetHtmlDocumentAsync($"/find-your-path?background={Background.Slug}&years=0");

        AssertRetiringNote(role.QuerySelectorAll("section[aria-labelledby=certs-title] li"));
        AssertRetiringNote(path.QuerySelectorAll("section[aria-labelledby=result-certs-title] li"));
    }

    [Fact]
    public async Task The_certifications_page_shows_its_date_and_successor()
    {
        using var client = _site.CreateClient();

        var page = await client.GetHtmlDocumentAsync("/resources/certifications");

        var status = page.QuerySelector($"#all-certifications tr#{Retiring.Slug} .cert-status");
        Assert.NotNull(status);
        Assert.StartsWith(RetiresAs + SeedFacts.Normalize(Successor.Name), status.Text(), StringComparison.Ordinal);
    }

    private static void AssertRetiringNote(IEnumerable<AngleSharp.Dom.IElement> items)
    {
        var item = Assert.Single(items, li => li.QuerySelector("a")?.Text() == SeedFacts.Normalize(Retiring.Name));
        Assert.Contains(RetiresAs + SeedFacts.Normalize(Successor.Name), item.Text(), StringComparison.Ordinal);
        Assert.Contains(item.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/resources/certifications#{Successor.Slug}");
    }

    public void Dispose()
    {
        _site.Dispose();
        _copy.Dispose();
    }

    private sealed class CopySiteFactory(string content) : ConfiguredSiteFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?> { ["Content:Path"] = content };
    }
}
