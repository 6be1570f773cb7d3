using CareerPaths.Content.Addresses;
using CareerPaths.Content.Model;
using CareerPaths.Content.Search;
using CareerPaths.Testing;

namespace CareerPaths.Content.Tests.Search;

/// <summary>
/// Queries visitors really type, each with the page that must rank in the top three on the real
/// content. Expectations name seed facts (the seed's role titles, tracks and background mappings),
/// so editors can rewrite everything else without breaking the table.
/// </summary>
public sealed class QueryTableTests
{
    private static readonly CatalogEdition Index = RealContent.Result.Original!;

    public static TheoryData<string, string> Table { get; } = new()
    {
        // Misspellings.
        { "penetation tester", "role:AI Penetration Tester" },
        { "governence", "role:AI Governance Specialist" },
        { "securty architect", "role:AI Security Architect" },
        { "ethcal hacking", "role:AI Penetration Tester" },
        { "encyrption", "role:AI Data Security Specialist" },

        // Abbreviations, jargon and job-ad words.
        { "pentest", "role:AI Penetration Tester" },
        { "pentester", "role:AI Penetration Tester" },
        { "red team", "role:AI Penetration Tester" },
        { "ethical hacking", "role:AI Penetration Tester" },
        { "CAISO", "role:Chief AI Security Officer" },
        { "CISO", "role:Chief AI Security Officer" },
        { "VP of AI Security", "role:Chief AI Security Officer" },
        { "SOC analyst", "roleof:Network Engineer" },
        { "machine learning security engineer", "role:AI Security Engineer" },
        { "QA", "role:AI Security Tester" },

        // Words as people write them: plurals and other forms of a word.
        { "policies", "role:AI Policy Advisor" },
        { "penetration testers", "role:AI Penetration Tester" },
        { "model poisoning", "role:AI Penetration Tester" },
        { "adversarial machine learning", "role:AI Penetration Tester" },
        { "data privacy regulations", "role:AI Data Security Specialist" },
        { "encryption", "role:AI Data Security Specialist" },
        { "enterprise architecture", "role:AI Security Architect" },

        // Where people come from.
        { "jobs for lawyers", "background:Legal Professional" },
        { "legal professional", "background:Legal Professional" },
        { "compliance officer", "background:Compliance Officer" },
        { "quality assurance", "background:Quality Assurance" },
        { "data scientist", "background:Data Scientist" },
        { "software developer", "background:Software Developer" },

        // Plain-language questions.
        { "how do I become a penetration tester", "role:AI Penetration Tester" },
        { "what does a chief AI security officer do", "role:Chief AI Security Officer" },
        { "I work in IT support, what job can I get", "background:IT Support" },
        { "salary of an AI security architect", "role:AI Security Architect" },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void The_expected_page_ranks_in_the_top_three(string query, string expected)
    {
        var url = Resolve(expected);

        var top = Index.Search(new SearchRequest(query)).Results.Take(3).Select(r => r.Document.Url.Value).ToList();

        Assert.True(top.Contains(url), $"'{query}' should find {url} in the top three; got: {string.Join(", ", top)}");
    }

    [Fact]
    public void Jobs_for_lawyers_also_finds_the_role_a_legal_professional_starts_in()
    {
        var role = RoleFor("Legal Professional");

        var urls = Index.Search(new SearchRequest("jobs for lawyers")).Results.Select(r => r.Document.Url.Value).ToList();

        Assert.Contains(SiteMap.Role(role).Value, urls);
    }

    [Fact]
    public void Red_team_ranks_the_penetration_tester_above_any_guide()
    {
        var results = Index.Search(new SearchRequest("red team")).Results.ToList();

        var tester = results.FindIndex(r => r.Document.Url == SiteMap.Role(Role("AI Penetration Tester")));
        var firstGuide = results.FindIndex(r => r.Document.Kind == SearchKind.Guide);

        Assert.InRange(tester, 0, firstGuide < 0 ? int.MaxValue : firstGuide - 1);
    }

    [Fact]
    public void A_certification_searched_by_its_abbreviation_comes_first()
    {
        foreach (var certification in RealContent.Catalog.Certifications.Where(c => c.Name.Contains(" (", StringComparison.Ordinal)))
        {
            var abbreviation = certification.Name[..certification.Name.IndexOf(" (", StringComparison.Ordinal)];

            var first = Index.Search(new SearchRequest(abbreviation)).Results[0];

            Assert.True(first.Document.Url == SiteMap.Certification(certification), $"'{abbreviation}' should find {certification.Name} first; got {first.Document.Title}");
        }
    }

    [Fact]
    public void Every_job_title_finds_its_role_in_the_top_three()
    {
        foreach (var role in RealContent.Catalog.Roles)
        {
            foreach (var jobTitle in role.JobTitles)
            {
                var top = Index.Search(new SearchRequest(jobTitle)).Results.Take(3).Select(r => r.Document.Url).ToList();

                Assert.True(top.Contains(SiteMap.Role(role)), $"'{jobTitle}' should find {role.Title}; got: {string.Join(", ", top)}");
            }
        }
    }

    [Fact]
    public void Every_role_title_finds_its_role_first()
    {
        foreach (var role in RealContent.Catalog.Roles)
        {
            var first = Index.Search(new SearchRequest(role.Title)).Results[0];

            Assert.Equal(SiteMap.Role(role), first.Document.Url);
        }
    }

    [Fact]
    public void Every_skill_name_finds_its_skill_page_in_the_top_three()
    {
        foreach (var skill in RealContent.Catalog.Skills)
        {
            var top = Index.Search(new SearchRequest(skill.Name)).Results.Take(3).Select(r => r.Document.Url).ToList();

            Assert.True(top.Contains(SiteMap.Skill(skill)), $"'{skill.Name}' should find its skill page; got: {string.Join(", ", top)}");
        }
    }

    [Fact]
    public void A_misspelling_offers_the_corrected_query()
    {
        var answer = Index.Search(new SearchRequest("penetation tester"));

        Assert.Equal("penetration tester", answer.DidYouMean);
    }

    private static string Resolve(string expected)
    {
        var (kind, name) = (expected[..expected.IndexOf(':', StringComparison.Ordinal)], expected[(expected.IndexOf(':', StringComparison.Ordinal) + 1)..]);
        return kind switch
        {
            "role" => SiteMap.Role(Role(name)).Value,
            "track" => SiteMap.Track(RealContent.Catalog.Tracks.Single(t => t.Title == name)).Value,
            "background" => SiteMap.EntryPoint(RealContent.Catalog.Backgrounds.Single(b => b.Name == name)).Value,
            "roleof" => SiteMap.Role(RoleFor(name)).Value,
            _ => throw new ArgumentException(expected),
        };
    }

    private static Role Role(string title) => RealContent.Catalog.Roles.Single(r => r.Title == title);

    private static Role RoleFor(string background) => RealContent.Catalog.Backgrounds.Single(b => b.Name == background).Role;
}
