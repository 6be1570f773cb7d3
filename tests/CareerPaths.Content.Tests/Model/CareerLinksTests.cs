namespace CareerPaths.Content.Tests.Model;

public sealed class CareerLinksTests
{
    [Fact]
    public void Sideways_moves_are_capped_per_track_so_large_catalogs_keep_role_pages_short()
    {
        using var fixture = ContentFixture.Create();
        fixture.Write("tracks/operations.md", "---\ntitle: Operations Track\nname: Operations\norder: 2\nsummary: Run it.\nfocus_areas: [Monitoring AI systems]\nbest_for: Operators\n---\nOps.\n");
        var levels = new[] { "entry", "mid", "advanced", "executive" };
        for (var i = 0; i < 10; i++)
        {
            var level = i < levels.Length ? levels[i] : "entry";
            fixture.Write($"roles/ops-{i}.md", $"---\ntitle: Ops Role {i}\ntrack: operations\nlevel: {level}\nsummary: Ops.\nresponsibilities: Watch\nskills: Logs\nreviewed: 2026-11-27\n---\nBody.\n");
        }

        var catalog = fixture.Load().Catalog!;

        var sideways = catalog.SidewaysMoves(catalog.FindRole("analyst")!);
        Assert.Equal(4, sideways.Count);
        Assert.All(sideways, r => Assert.Equal("operations", r.Track.Slug));
        Assert.Equal(["analyst"], catalog.PreviousSteps(catalog.FindRole("engineer")!).Select(r => r.Slug));
    }
}
