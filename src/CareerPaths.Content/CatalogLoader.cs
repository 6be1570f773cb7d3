using CareerPaths.Content.Diagnostics;
using CareerPaths.Content.Loading;
using CareerPaths.Content.Loading.Translations;
using CareerPaths.Content.Model;
using CareerPaths.Content.Search;
using CareerPaths.Content.Validation;

namespace CareerPaths.Content;

/// <summary>
/// Loads a content folder into a <see cref="Catalog"/> in explicit stages: read the files, split and
/// parse them, read the entries, check the whole, then link the slugs the entries refer by into
/// objects. Every problem is collected; the catalog is only built when there are none.
/// </summary>
public static class CatalogLoader
{
    /// <param name="parsed">What the previous load of this folder parsed, so unchanged files are not parsed again.</param>
    public static LoadResult Load(string contentDirectory, string? displayRoot = null, ParsedFiles? parsed = null)
    {
        ArgumentNullException.ThrowIfNull(contentDirectory);
        var errors = new ContentErrors(displayRoot ?? DisplayRootFor(contentDirectory));
        if (!Directory.Exists(contentDirectory))
        {
            errors.Add(string.Empty, TextPosition.Unknown, $"the content folder '{Path.GetFullPath(contentDirectory)}' does not exist");
            return new LoadResult(null, errors.Sorted());
        }

        return Load(errors, read => ContentFileReader.ReadFolder(contentDirectory, errors, read.Unreadable), parsed);
    }

    /// <summary>Loads files already in memory, as if they were the content folder: for tests that mutate real files.</summary>
    internal static LoadResult Load(IReadOnlyList<RawContentFile> files, string displayRoot, ParsedFiles? parsed = null) =>
        Load(new ContentErrors(displayRoot), _ => files, parsed);

    /// <summary>The problems one file has on its own, before any check across files: for tests that mutate real files.</summary>
    internal static IReadOnlyList<ContentError> ReadAlone(RawContentFile file, string displayRoot)
    {
        var errors = new ContentErrors(displayRoot);
        var decoded = ContentFileReader.DecodeAll([file], errors, new HashSet<string>(), out _);
        foreach (var text in decoded)
        {
            ParseStage.ReadOne(text, errors);
        }

        return errors.Sorted();
    }

    private static LoadResult Load(ContentErrors errors, Func<ReadEntries, IReadOnlyList<RawContentFile>> readFiles, ParsedFiles? parsed)
    {
        Catalog? catalog = null;
        var read = new ReadEntries();
        try
        {
            var files = ContentFileReader.DecodeAll(readFiles(read), errors, read.Unreadable, out var fingerprint);
            ParseStage.ReadAll(files, read, errors, parsed);

            // Linking only reads the entries, as the checks do, so it runs beside them; its result,
            // or its failure, counts only when the checks find nothing. On entries with errors it
            // may fail, and that failure is observed and dropped.
            var linking = Task.Run(() => Build(read, SiteLanguage.English, fingerprint));
            CatalogValidator.Validate(read, errors);
            if (errors.HasErrors)
            {
                _ = linking.ContinueWith(static t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            }
            else
            {
                catalog = linking.GetAwaiter().GetResult();
            }

            // The body links were gathered for the link checks alone. The entries stay alive for the
            // translations built on first use, which never read them: 100,000 objects at 10,000 roles.
            read.Links.Clear();
            read.Links.TrimExcess();
        }
        catch (Exception ex) when (ContentFaults.CanContain(ex))
        {
            // Each file is guarded on its own below; reaching this means the folder itself changed
            // under the load (a folder deleted mid-read) or a check failed. Still an error, never a crash.
            errors.Add(string.Empty, TextPosition.Unknown, ContentFaults.DescribeFolderFailure(ex));
        }

        if (catalog is null)
        {
            return new LoadResult(null, errors.Sorted());
        }

        return new LoadResult(new CatalogEdition(catalog, () => SearchIndex.Build(catalog, read.SynonymGroups)), errors.Sorted())
        {
            // Built on first use: a visitor in the original language never pays for the others.
            Translations = SiteLanguage.Translations.ToDictionary(
                language => language,
                language => new Lazy<CatalogEdition>(() => Translate(read, language, catalog.Fingerprint))),
        };
    }

    private static Catalog Build(ReadEntries read, SiteLanguage language, string fingerprint)
    {
        var text = read.InterfaceTexts.FirstOrDefault(t => t.Language == language);
        return new Catalog(
            CatalogLinker.Link(read) with
            {
                Language = language,
                Text = new InterfaceText(language, text?.Texts ?? new Dictionary<string, string>()),
            },
            fingerprint);
    }

    /// <summary>The language's edition: the checked originals with the translations' words laid over them.</summary>
    private static CatalogEdition Translate(ReadEntries read, SiteLanguage language, string fingerprint)
    {
        var catalog = Build(TranslationOverlay.Apply(read, language), language, fingerprint);
        return new CatalogEdition(catalog, () => SearchIndex.Build(catalog, read.SynonymGroups));
    }

    /// <summary>Shows paths relative to the working directory when the content is below it ("content/roles/x.md").</summary>
    public static string DisplayRootFor(string contentDirectory)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, Path.GetFullPath(contentDirectory)).Replace('\\', '/');
        return relative.StartsWith("..", StringComparison.Ordinal) ? Path.GetFullPath(contentDirectory) : relative;
    }
}
