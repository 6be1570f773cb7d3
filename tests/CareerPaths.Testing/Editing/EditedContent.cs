using CareerPaths.Content;
using CareerPaths.Content.Model;

namespace CareerPaths.Testing;

/// <summary>
/// A temporary copy of the real content/ folder after the changes an editor can make without code:
/// (a) a role added to an existing track, (b) a new track with a role at every level and no
/// colour, (c) a new top level with a role on every track, and (d) a role removed with every
/// reference to it. Every choice comes from the catalog of the copy, not from names in it, so
/// the edits keep working whatever editors change; after each edit the copy must still load.
/// </summary>
public sealed class EditedContent : IDisposable
{
    private EditedContent(string directory) => Directory = directory;

    public string Directory { get; }

    /// <summary>The role added to an existing track, at the removed role's track and level so that level keeps a role.</summary>
    public string AddedRole { get; private set; } = string.Empty;

    public string NewTrack { get; private set; } = string.Empty;

    public string NewLevel { get; private set; } = string.Empty;

    /// <summary>The removed role, or null if every role is a seed position or a background's target and none may go.</summary>
    public Role? RemovedRole { get; private set; }

    public static EditedContent Create()
    {
        var edited = new EditedContent(Path.Combine(Path.GetTempPath(), "careerpaths-edited-" + Guid.NewGuid().ToString("N")));
        DirectoryTree.Copy(RepositoryPaths.Content, edited.Directory);
        var original = edited.Load("the copy of content/");
        var removable = RemovableRole(original);
        var home = removable is null ? (original.Tracks[0], original.Levels[0]) : (removable.Track, removable.Level);

        edited.AddedRole = ContentEdits.AddRole(edited.Directory, original, home.Item1.Slug, home.Item2.Slug, "AI Supply Chain Security Specialist");
        var withRole = edited.Load("adding a role");

        edited.NewTrack = ContentEdits.AddTrack(edited.Directory, withRole, "Research");
        foreach (var level in withRole.Levels)
        {
            ContentEdits.AddRole(edited.Directory, withRole, edited.NewTrack, level.Slug, $"AI Security Researcher ({level.Label})");
        }

        var withTrack = edited.Load("adding a track");
        edited.NewLevel = ContentEdits.AddLevel(edited.Directory, withTrack, "Distinguished");
        foreach (var each in withTrack.Tracks)
        {
            ContentEdits.AddRole(edited.Directory, withTrack, each.Slug, edited.NewLevel, $"Distinguished {each.Name} Fellow");
        }

        var withLevel = edited.Load("adding a level");
        if (removable is not null)
        {
            ContentEdits.RemoveRole(edited.Directory, withLevel, withLevel.FindRole(removable.Slug)!);
            edited.RemovedRole = removable;
            edited.Load("removing a role");
        }

        return edited;
    }

    public Catalog Load() => Load("the edits");

    public void Dispose()
    {
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }

    /// <summary>
    /// A role that is not one of the seed's Technical positions (which the site must show word for
    /// word) and not where a background leads, preferring one that shares its track and level.
    /// </summary>
    private static Role? RemovableRole(Catalog catalog)
    {
        var seedRows = SeedFacts.TechnicalRows.Select(SeedFacts.Normalize).ToList();
        var targets = catalog.Backgrounds.Select(b => b.Role.Slug).ToHashSet(StringComparer.Ordinal);
        return catalog.Roles
            .Where(r => !targets.Contains(r.Slug))
            .Where(r => !seedRows.Exists(row => row.StartsWith(SeedFacts.Normalize($"{r.Level.Label} {r.Title} "), StringComparison.Ordinal)))
            .OrderByDescending(r => catalog.RolesIn(r.Track, r.Level).Count > 1)
            .FirstOrDefault();
    }

    private Catalog Load(string step)
    {
        var result = CatalogLoader.Load(Directory, "content");
        return result.Catalog ?? throw new InvalidOperationException($"The content no longer loads after {step}:\n{string.Join('\n', result.Errors)}");
    }
}
