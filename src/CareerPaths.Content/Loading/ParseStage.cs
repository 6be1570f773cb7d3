using System.Text.RegularExpressions;
using CareerPaths.Content.Diagnostics;
using CareerPaths.Content.Loading.Translations;
using CareerPaths.Content.Model;

namespace CareerPaths.Content.Loading;

/// <summary>
/// The second and third stages for every file: check its name, split and parse it, and read its
/// entries. Each file is read on its own, into entries and errors of its own.
/// </summary>
internal static partial class ParseStage
{
    /// <summary>
    /// Parses the files on every core, each into its own entries and errors, then merges them in
    /// file order, so the result is the same as reading them one by one.
    /// </summary>
    public static void ReadAll(IReadOnlyList<ContentFile> files, ReadEntries read, ContentErrors errors, ParsedFiles? parsed)
    {
        var perFile = new (ReadEntries Entries, ContentErrors Errors)[files.Count];
        OnEveryCore.For(files.Count, i => perFile[i] = parsed is null
            ? ReadOne(files[i], errors.CreateEmpty())
            : parsed.GetOrRead(files[i], f => ReadOne(f, errors.CreateEmpty())));
        parsed?.RetainOnly(files);
        foreach (var (entries, fileErrors) in perFile)
        {
            read.MergeFrom(entries);
            errors.AddRange(fileErrors);
        }
    }

    /// <summary>Reads one file into entries of its own, so a file that fails halfway leaves nothing half-read behind.</summary>
    public static (ReadEntries Entries, ContentErrors Errors) ReadOne(ContentFile file, ContentErrors errors)
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
            case SiteSections.SkillsFile:
                AddSkills(read, file.Path, TableReader.ReadSkills(file, errors));
                return;
            case SiteSections.FrameworksFile:
                AddTable(read, file.Path, TableReader.ReadFrameworks(file, errors), read.Frameworks);
                return;
            case SiteSections.SynonymsFile:
                AddTable(read, file.Path, TableReader.ReadSynonyms(file, errors), read.SynonymGroups);
                return;
            default:
                break;
        }

        if (DispatchLanguageFile(file, read, errors))
        {
            return;
        }

        if (SiteSections.KeyFor(file.Path) is { } key)
        {
            AddIfRead(read.Pages, EntryReader.ReadPage(file, key, errors, read));
        }
        else if (!file.Path.EndsWith(".md", StringComparison.Ordinal))
        {
            errors.Add(file.Path, TextPosition.Unknown, $"unknown data file \u2014 the site reads {string.Join(", ", SiteSections.DataFiles.Append(SiteSections.FrameworksFile).Append(SiteSections.SynonymsFile))}");
        }
        else if (file.Folder == "tracks")
        {
            AddIfRead(read.Tracks, EntryReader.ReadTrack(file, errors, read));
        }
        else if (file.Folder == "roles")
        {
            AddIfRead(read.Roles, EntryReader.ReadRole(file, errors, read));
        }
        else if (file.Folder == "guides")
        {
            AddIfRead(read.Guides, EntryReader.ReadGuide(file, errors, read));
        }
        else
        {
            var hint = Suggestions.Hint(file.Folder, ["tracks", "roles", "guides", "resources"]);
            errors.Add(file.Path, TextPosition.Unknown, $"the site has no place for this file \u2014 roles go in roles/, tracks in tracks/, guides in guides/{hint}");
        }
    }

    /// <summary>Interface texts (i18n/), glossaries and translations (es/...): true when the file was one of them.</summary>
    private static bool DispatchLanguageFile(ContentFile file, ReadEntries read, ContentErrors errors)
    {
        if (file.Path.StartsWith(InterfaceTextReader.Folder, StringComparison.Ordinal))
        {
            AddIfRead(read.InterfaceTexts, InterfaceTextReader.Read(file, errors));
            return true;
        }

        if (SiteLanguage.Translations.FirstOrDefault(l => file.Path.StartsWith(l.ContentFolder, StringComparison.Ordinal)) is not { } language)
        {
            return false;
        }

        if (file.Path == language.ContentFolder + GlossaryReader.FileName)
        {
            read.Glossary.AddRange(GlossaryReader.Read(file, language, errors) ?? []);
        }
        else
        {
            AddIfRead(read.Translations, TranslationReader.Read(file, language, errors, read.Links));
        }

        return true;
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

    private static void AddSkills(ReadEntries read, string path, SkillsTable? table)
    {
        read.SeenDataFiles.Add(path);
        if (table is null)
        {
            read.Unreadable.Add(path);
            return;
        }

        read.SkillCategories.AddRange(table.Categories);
        read.Skills.AddRange(table.Skills);
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
    private static partial Regex SlugPattern();
}
