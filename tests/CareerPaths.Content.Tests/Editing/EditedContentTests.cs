using CareerPaths.Testing;
namespace CareerPaths.Content.Tests.Editing;

/// <summary>The editor changes that need no code load cleanly: a new role, track and level, and a role taken out with every reference to it.</summary>
public sealed class EditedContentTests : IDisposable
{
    private readonly EditedContent _edited = EditedContent.Create();

    [Fact]
    public void The_edited_copy_loads_with_no_errors_or_warnings()
    {
        var result = CareerPaths.Content.CatalogLoader.Load(_edited.Directory, "content");

        Assert.Empty(result.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void The_new_track_has_a_role_at_every_level_including_the_new_one()
    {
        var catalog = _edited.Load();

        var track = catalog.FindTrack(_edited.NewTrack)!;

        Assert.Equal(catalog.Tracks[^1], track);
        Assert.Null(track.Color);
        Assert.Equal(_edited.NewLevel, catalog.Levels[^1].Slug);
        Assert.All(catalog.Levels, level => Assert.NotEmpty(catalog.RolesIn(track, level)));
        Assert.All(catalog.Tracks, t => Assert.NotEmpty(catalog.RolesIn(t, catalog.Levels[^1])));
    }

    [Fact]
    public void The_removed_role_is_gone_and_nothing_refers_to_it()
    {
        var catalog = _edited.Load();
        var removed = _edited.RemovedRole!.Slug;

        Assert.Null(catalog.FindRole(removed));
        Assert.DoesNotContain(catalog.Roles, r => r.NextSteps.Any(n => n.Slug == removed));
        Assert.DoesNotContain(catalog.Certifications, c => c.Roles.Any(r => r.Slug == removed));
        Assert.DoesNotContain(catalog.LearningResources, r => r.Roles.Any(role => role.Slug == removed));
        Assert.DoesNotContain(Directory.EnumerateFiles(_edited.Directory, "*.*", SearchOption.AllDirectories), f => File.ReadAllText(f).Contains($"/roles/{removed})", StringComparison.Ordinal));
    }

    [Fact]
    public void The_added_role_sits_in_an_existing_track()
    {
        var catalog = _edited.Load();

        var role = catalog.FindRole(_edited.AddedRole)!;

        Assert.NotEqual(_edited.NewTrack, role.Track.Slug);
        Assert.Contains(role, catalog.RolesIn(role.Track));
    }

    public void Dispose() => _edited.Dispose();
}
