namespace CareerPaths.Content.Tests.Loading;

/// <summary>
/// Markdown in, HTML and plain text out, for one role: the body editors write becomes exactly
/// this HTML, and search reads exactly this text (every block's words, no markup, single spaces).
/// </summary>
public sealed class MarkdownGoldenTests
{
    private const string RoleMarkdown = """
        ---
        title: Fixture Analyst
        track: technical
        level: entry
        summary: The analyst role.
        responsibilities: Do the work
        skills: Basic programming
        reviewed: 2026-11-27
        ---
        An analyst watches *AI systems* and reports on **what changed**.

        ## Day to day

        - Triage alerts from model endpoints
        - Write up findings for the [architect](/roles/architect)

        | Tool | Use |
        | --- | --- |
        | SIEM | Alerts |

        Read `MITRE ATLAS` first.
        """;

    private const string ExpectedPlainText =
        "An analyst watches AI systems and reports on what changed. Day to day Triage alerts from model endpoints "
        + "Write up findings for the architect Tool Use SIEM Alerts Read MITRE ATLAS first.";

    private const string ExpectedHtml = """
        <p>An analyst watches <em>AI systems</em> and reports on <strong>what changed</strong>.</p>
        <h2 id="day-to-day">Day to day</h2>
        <ul>
        <li>Triage alerts from model endpoints</li>
        <li>Write up findings for the <a href="/roles/architect">architect</a></li>
        </ul>
        <table>
        <thead>
        <tr>
        <th>Tool</th>
        <th>Use</th>
        </tr>
        </thead>
        <tbody>
        <tr>
        <td>SIEM</td>
        <td>Alerts</td>
        </tr>
        </tbody>
        </table>
        <p>Read <code>MITRE ATLAS</code> first.</p>
        """;

    [Fact]
    public void A_role_body_renders_to_the_expected_html_and_plain_text()
    {
        using var fixture = ContentFixture.Create();
        fixture.Write("roles/analyst.md", RoleMarkdown);

        var analyst = fixture.Load().Catalog!.FindRole("analyst")!;

        Assert.Equal(ExpectedHtml.ReplaceLineEndings("\n"), analyst.Body.Html.ReplaceLineEndings("\n"));
        Assert.Equal(ExpectedPlainText, analyst.Body.PlainText);
    }
}
