using System.Net;
using System.Text.RegularExpressions;
using CareerPaths.Testing;
using CareerPaths.Web.LiveContent;
using CareerPaths.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CareerPaths.Web.Tests.LiveReload;

/// <summary>
/// Editors' changes reach the running site without a restart: edits, new files, deletions,
/// renames and atomic saves; a broken edit keeps the last good content and shows a banner.
/// </summary>
public sealed class LiveReloadTests(LiveSiteFactory site) : IClassFixture<LiveSiteFactory>
{
    private static readonly string[] BurstUrls = ["/roles/ai-model-validator", "/tracks/technical", "/", "/search?q=validator"];

    [Fact]
    public async Task An_edited_title_is_served_on_the_next_requests()
    {
        using var client = site.CreateClient();
        var file = site.PathOf("roles/ai-security-tester.md");
        var original = await File.ReadAllTextAsync(file);

        await File.WriteAllTextAsync(file, original.Replace("title: AI Security Tester", "title: AI Security Test Engineer", StringComparison.Ordinal));

        await Eventually.HoldsAsync(async () => (await client.GetHtmlDocumentAsync("/roles/ai-security-tester")).QuerySelector("main h1")!.Text() == "AI Security Test Engineer");
        var track = RealContent.Catalog.FindRole("ai-security-tester")!.Track;
        Assert.Contains("AI Security Test Engineer", (await client.GetHtmlDocumentAsync($"/tracks/{track.Slug}")).Texts("table.track-table th a"));
        await File.WriteAllTextAsync(file, original);
        await Eventually.HoldsAsync(async () => (await client.GetHtmlDocumentAsync("/roles/ai-security-tester")).QuerySelector("main h1")!.Text() == "AI Security Tester");
    }

    [Fact]
    public async Task A_new_file_appears_a_renamed_one_moves_and_a_deleted_one_goes()
    {
        using var client = site.CreateClient();
        var source = await File.ReadAllTextAsync(site.PathOf("roles/ai-security-tester.md"));
        var added = site.PathOf("roles/ai-red-team-specialist.md");

        await File.WriteAllTextAsync(added, source.Replace("title: AI Security Tester", "title: AI Red Team Specialist", StringComparison.Ordinal));
        await Eventually.HoldsAsync(async () => await StatusAsync(client, "/roles/ai-red-team-specialist") == HttpStatusCode.OK);

        var renamed = site.PathOf("roles/ai-red-team-lead.md");
        File.Move(added, renamed);
        await Eventually.HoldsAsync(async () => await StatusAsync(client, "/roles/ai-red-team-lead") == HttpStatusCode.OK
            && await StatusAsync(client, "/roles/ai-red-team-specialist") == HttpStatusCode.NotFound);

        File.Delete(renamed);
        await Eventually.HoldsAsync(async () => await StatusAsync(client, "/roles/ai-red-team-lead") == HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_atomic_save_through_a_temporary_file_is_picked_up()
    {
        using var client = site.CreateClient();
        var file = site.PathOf("tracks/operations.md");
        var original = await File.ReadAllTextAsync(file);
        var temporary = site.PathOf("tracks/.operations.md.swp");

        await File.WriteAllTextAsync(temporary, original.Replace("best_for: Those with IT support", "best_for: People with IT support", StringComparison.Ordinal));
        File.Move(temporary, file, overwrite: true);

        await Eventually.HoldsAsync(async () => (await client.GetHtmlDocumentAsync("/tracks/operations")).QuerySelector(".track-facts .best-for")!.Text().StartsWith("Best for: People with IT support", StringComparison.Ordinal));
        await File.WriteAllTextAsync(file, original);
        await Eventually.HoldsAsync(async () => (await client.GetHtmlDocumentAsync("/tracks/operations")).QuerySelector(".track-facts .best-for")!.Text().StartsWith("Best for: Those with IT support", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_broken_edit_keeps_the_last_good_content_and_shows_the_errors_until_fixed()
    {
        using var client = site.CreateClient();
        var file = site.PathOf("roles/ai-risk-assessor.md");
        var original = await File.ReadAllTextAsync(file);
        var track = RealContent.Catalog.FindRole("ai-risk-assessor")!.Track;
        var typo = track.Slug + "x";

        await File.WriteAllTextAsync(file, original.Replace($"track: {track.Slug}", $"track: {typo}", StringComparison.Ordinal));

        await Eventually.HoldsAsync(async () => (await client.GetHtmlDocumentAsync("/roles")).QuerySelector(".content-errors") is not null);
        var page = await client.GetHtmlDocumentAsync("/roles/ai-risk-assessor");
        Assert.Equal("AI Risk Assessor", page.QuerySelector("main h1")!.Text());
        Assert.Equal(track.Name, page.QuerySelectorAll(".role-facts dd")[0].Text());
        var error = Assert.Single(page.Texts(".content-errors li"), e => e.Contains($"unknown track '{typo}'", StringComparison.Ordinal));
        Assert.Matches($@"roles/ai-risk-assessor\.md:\d+:\d+: error: unknown track '{typo}' \u2014 did you mean '{track.Slug}'\?", error);

        await File.WriteAllTextAsync(file, original);
        await Eventually.HoldsAsync(async () => (await client.GetHtmlDocumentAsync("/roles")).QuerySelector(".content-errors") is null);
    }

    [Fact]
    public async Task No_request_fails_during_a_burst_of_50_saves()
    {
        using var client = site.CreateClient();
        var file = site.PathOf("roles/ai-model-validator.md");
        var original = await File.ReadAllTextAsync(file);
        var failures = new List<string>();
        var requests = 0;
        using var stop = new CancellationTokenSource();
        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                foreach (var url in BurstUrls)
                {
                    using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
                    Interlocked.Increment(ref requests);
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        lock (failures)
                        {
                            failures.Add($"{url}: {(int)response.StatusCode}");
                        }
                    }
                }
            }
        })).ToList();

        for (var i = 0; i < 50; i++)
        {
            await File.WriteAllTextAsync(file, original.Replace("title: AI Model Validator", $"title: AI Model Validator {i}", StringComparison.Ordinal));
            await Task.Delay(10);
        }

        await Eventually.HoldsAsync(async () => (await client.GetHtmlDocumentAsync("/roles/ai-model-validator")).QuerySelector("main h1")!.Text() == "AI Model Validator 49");
        await stop.CancelAsync();
        await Task.WhenAll(readers);
        await File.WriteAllTextAsync(file, original);

        Assert.Empty(failures);
        Assert.True(requests > 50, $"only {requests} requests were made during the burst");
    }

    [Fact]
    public async Task The_search_index_is_built_after_the_first_page_and_before_a_reload_is_swapped_in()
    {
        using var client = site.CreateClient();
        var store = site.Services.GetRequiredService<CatalogStore>();
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, "/"));
        await Eventually.HoldsAsync(() => Task.FromResult(store.Current.Loaded.Original!.IsSearchReady));

        // The last role, which no other test here edits; a made-up word in its title finds it first.
        var role = RealContent.Catalog.Roles[^1];
        var file = site.PathOf($"roles/{role.Slug}.md");
        var original = await File.ReadAllTextAsync(file);
        var title = $"{role.Title} Quillwright";
        await File.WriteAllTextAsync(file, Regex.Replace(original, "^title: .*$", $"title: \"{title}\"", RegexOptions.Multiline));
        // The version with this edit, not just a newer one: another test's last save can be reloaded meanwhile.
        await Eventually.HoldsAsync(() => Task.FromResult(store.Current.Catalog.FindRole(role.Slug)?.Title == title));

        // Ready the moment the new version is current: no visitor waited for it.
        Assert.True(store.Current.Loaded.Original!.IsSearchReady);
        var results = (await client.GetHtmlDocumentAsync("/search?q=quillwright")).Texts(".search-results h2 a");
        Assert.Equal(title, results[0]);
        await File.WriteAllTextAsync(file, original);
        await Eventually.HoldsAsync(async () => !(await client.GetHtmlDocumentAsync("/search?q=quillwright")).Texts(".search-results h2 a").Contains(results[0]));
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        return response.StatusCode;
    }
}
