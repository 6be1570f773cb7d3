using System.Text.RegularExpressions;
using CareerPaths.Content.Model;
using CareerPaths.Content.Validation;

namespace CareerPaths.Content.Loading;

/// <summary>
/// Loads a content folder into a <see cref="Catalog"/> in explicit stages: read the files, split and
/// parse them, read the entries, then check the whole. Every problem is collected; the catalog
/// is only built when there are none.
/// </summary>
public static partial class CatalogLoader
{
    public static LoadResult Load(string contentDirectory, string? displayRoot = null)
    {
        ArgumentNullException.ThrowIfNull(contentDirectory);
        var errors = new ContentErrors(displayRoot ?? DisplayRootFor(contentDirectory));
        if (!Directory.Exists(contentDirectory))
        {
            errors.Add(string.Empty, TextPosition.Unknown, $"the content folder '{Path.GetFullPath(contentDirectory)}' does not exist");
            return new LoadResult(null, errors.Sorted());
        }

        Catalog? catalog = null;
        try
        {
            var read = new ReadEntries();
            var files = ContentFileReader.ReadAll(contentDirectory, errors, read.Unreadable, out var fingerprint);
            ReadAll(files, read, errors);
            CatalogValidator.Validate(read, errors);
            catalog = errors.HasErrors ? null : new Catalog(read.ToParts(), fingerprint);
        }
        catch (Exception ex) when (ContentFaults.CanContain(ex))
        {
            // Each file is guarded on its own below; reaching this means the folder itself changed
            // under the load (a folder deleted mid-read) or a check failed. Still an error, never a crash.
            errors.Add(string.Empty, TextPosition.Unknown, ContentFaults.DescribeFolderFailure(ex));
        }

        return new LoadResult(catalog, errors.Sorted());
    }

    /// <summary>Shows paths relative to the working directory when the content is below it ("content/roles/x.md").</summary>
    public static string DisplayRootFor(string contentDirectory)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, Path.GetFullPath(contentDirectory)).Replace('\\', '/');
        return relative.StartsWith("..", StringComparison.Ordinal) ? Path.GetFullPath(contentDirectory) : relative;
    }

    /// <summary>
    /// Parses the files on every core, each into its own entries and errors, then merges them in
    /// file order, so the result is the same as reading them one by one.
    /// </summary>
    private static void ReadAll(IReadOnlyList<ContentFile> files, ReadEntries read, ContentErrors errors)
    {
        var perFile = files
            .AsParallel()
            .AsOrdered()
            .Select(file => ReadOne(file, errors.CreateEmpty()))
            .ToList();
        foreach (var (entries, fileErrors) in perFile)
        {
            read.MergeFrom(entries);
            errors.AddRange(fileErrors);
        }
    }

    /// <summary>Reads one file into entries of its own, so a file that fails halfway leaves nothing half-read behind.</summary>
    private static (ReadEntries Entries, ContentErrors Errors) ReadOne(ContentFile file, ContentErrors errors)
    {
        var read = new ReadEntries();
        if (!CheckSlug(file, errors))
        {
            return (read, errors);
        }

        try
        {
            Dispatch(file, read, errors);
        }
        catch (Exception ex) when (ContentFaults.CanContain(ex))
        {
            read = new ReadEntries();
            errors.Add(file.Path, TextPosition.Unknown, ContentFaults.DescribeFileFailure(ex));
        }

        if (read.Count == 0)
        {
            read.Unreadable.Add(file.Path);
        }

        return (read, errors);
    }

    private static void Dispatch(ContentFile file, ReadEntries read, ContentErrors errors)
    {
        var links = read.Links;
        switch (file.Path)
        {
            case SiteSections.LevelsFile:
                AddTable(read, file.Path, TableReader.ReadLevels(file, errors), read.Levels);
                return;
            case SiteSections.BackgroundsFile:
                AddTable(read, file.Path, TableReader.ReadBackgrounds(file, errors), read.BackgroundGroups);
                return;
            case SiteSections.CertificationsFile:
                AddTable(read, file.Path, TableReader.ReadCertifications(file, errors), read.Certifications);
                return;
            case SiteSections.LearningFile:
                AddTable(read, file.Path, TableReader.ReadLearning(file, errors), read.LearningResources);
                return;
            default:
                break;
        }

        if (SiteSections.KeyFor(file.Path) is { } key)
        {
            AddIfRead(read.Pages, EntryReader.ReadPage(file, key, errors, links));
        }
        else if (!file.Path.EndsWith(".md", StringComparison.Ordinal))
        {
            errors.Add(file.Path, TextPosition.Unknown, $"unknown data file \u2014 the site reads {string.Join(", ", SiteSections.DataFiles)}");
        }
        else if (file.Folder == "tracks")
        {
            AddIfRead(read.Tracks, EntryReader.ReadTrack(file, errors, links));
        }
        else if (file.Folder == "roles")
        {
            AddIfRead(read.Roles, EntryReader.ReadRole(file, errors, links));
        }
        else if (file.Folder == "guides")
        {
            AddIfRead(read.Guides, EntryReader.ReadGuide(file, errors, links));
        }
        else
        {
            var hint = Suggestions.Hint(file.Folder, ["tracks", "roles", "guides", "resources"]);
            errors.Add(file.Path, TextPosition.Unknown, $"the site has no place for this file \u2014 roles go in roles/, tracks in tracks/, guides in guides/{hint}");
        }
    }

    private static bool CheckSlug(ContentFile file, ContentErrors errors)
    {
        if (file.Slug == "_index" || SlugPattern().IsMatch(file.Slug))
        {
            return true;
        }

        errors.Add(file.Path, TextPosition.Unknown, "the file name must be lower-case words joined by hyphens, like ai-security-engineer.md, because it becomes the page's address");
        return false;
    }

    private static void AddTable<T>(ReadEntries read, string path, IReadOnlyList<T>? rows, List<T> into)
    {
        read.SeenDataFiles.Add(path);
        if (rows is null)
        {
            read.Unreadable.Add(path);
        }
        else
        {
            into.AddRange(rows);
        }
    }

    private static void AddIfRead<T>(List<T> list, T? item)
        where T : class
    {
        if (item is not null)
        {
            list.Add(item);
        }
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    internal static partial Regex SlugPattern();
}
