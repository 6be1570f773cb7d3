using CareerPaths.Content.Loading;
using CareerPaths.Testing;
using CsCheck;
using Xunit.Abstractions;

namespace CareerPaths.Content.Tests.Robustness;

/// <summary>
/// Damages real content files at random and loads the result: the load either succeeds or reports
/// errors, never throws, and a file that is broken on its own is always named. Cases run from a
/// fixed seed, so CI sees the same thousands every time. To rerun one case from a failure message:
/// CONTENT_MUTATION_SEED=&lt;seed&gt; dotnet test --filter ContentMutationTests
/// </summary>
public sealed class ContentMutationTests(ITestOutputHelper output)
{
    private const int Cases = 2000;
    private const ulong FixedSeed = 20261202;
    private const string Root = "content";
    private const string UnexpectedFailure = "this file could not be read (";

    private static readonly List<RawContentFile> RealFiles = ReadRealFiles();

    /// <summary>Only the damaged file is parsed again in each case, as in a live reload after one edit.</summary>
    private readonly ParsedFiles _parsed = new();

    [Fact]
    public void A_damaged_real_file_is_an_error_naming_it_or_a_valid_load_never_an_exception()
    {
        var gen = MutationGen.Damage(RealFiles.Count);
        var rerun = Environment.GetEnvironmentVariable("CONTENT_MUTATION_SEED");
        var seeds = rerun is null
            ? Enumerable.Range(0, Cases).Select(i => new PCG((uint)i, FixedSeed))
            : [PCG.Parse(rerun)];
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var failed = 0;
        var loaded = 0;

        foreach (var pcg in seeds)
        {
            var seed = pcg.ToString();
            var (file, mutations) = gen.Generate(pcg, null, out _);
            var failure = Check(file, mutations, ref failed, ref loaded);
            Assert.True(failure is null, $"seed {seed}: {RealFiles[file].Path} after {string.Join(", ", mutations.Select(m => m.ToString()))}: {failure}");
        }

        output.WriteLine($"{loaded + failed} cases in {clock.Elapsed.TotalSeconds:0.0} s: {loaded} loaded, {failed} reported errors");
        Assert.True(failed > 0 && loaded > 0, "the mutations should produce both valid and broken content");
    }

    /// <returns>Null when the property holds, else what went wrong.</returns>
    private string? Check(int file, Mutation[] mutations, ref int failed, ref int loaded)
    {
        var original = RealFiles[file];
        var damaged = original with { Bytes = mutations.Aggregate(original.Bytes, (bytes, m) => m.ApplyTo(bytes)) };
        var files = RealFiles.Select((f, i) => i == file ? damaged : f).ToList();
        LoadResult result;
        try
        {
            result = CatalogLoader.Load(files, Root, _parsed);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return $"the load threw {ex.GetType().Name}: {ex.Message}";
        }

        if (result.Catalog is not null)
        {
            loaded++;
            return result.Errors.Any(e => e.IsError) ? "a catalog was built despite errors" : WorkOutEveryRelation(result.Catalog);
        }

        failed++;
        if (result.Errors.FirstOrDefault(e => e.Message.StartsWith(UnexpectedFailure, StringComparison.Ordinal)) is { } caught)
        {
            // The catch-all kept the load alive, but every fault a file can have deserves its own message.
            return $"a fault reached the catch-all instead of a specific check: {caught}";
        }

        var named = $"{Root}/{original.Path}";
        if (!result.Errors.Any(e => e.IsError))
        {
            return "no catalog and no error";
        }

        // A file that reads cleanly on its own may still break a check across files (a renamed
        // level leaves roles pointing at nothing); one that is broken on its own must be named.
        var alone = CatalogLoader.ReadAlone(damaged, Root);
        return alone.Any(e => e.IsError) && !result.Errors.Any(e => e.File == named)
            ? $"the file is broken ({alone[0]}) but no error names it: {result.Errors[0]}"
            : null;
    }

    /// <summary>
    /// The relations back (previous steps, roles needing a skill, ...) are worked out on first use,
    /// after the load; a catalog that loaded must answer every one of them without throwing.
    /// </summary>
    private static string? WorkOutEveryRelation(CareerPaths.Content.Model.Catalog catalog)
    {
        try
        {
            foreach (var role in catalog.Roles)
            {
                _ = (catalog.PreviousSteps(role), catalog.SidewaysMoves(role), catalog.BackgroundsLeadingTo(role), catalog.CertificationsFor(role), catalog.LearningFor(role));
            }

            foreach (var track in catalog.Tracks)
            {
                _ = (catalog.RolesIn(track), catalog.Levels.Select(level => catalog.RolesIn(track, level)).ToList());
            }

            foreach (var skill in catalog.Skills)
            {
                _ = (catalog.RolesNeeding(skill), catalog.CertificationsBuilding(skill), catalog.LearningBuilding(skill));
            }

            _ = (catalog.SkillCategories.Select(catalog.SkillsIn).ToList(), catalog.Backgrounds.Select(catalog.GuidesFor).ToList());
            return null;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return $"working out the catalog's relations threw {ex.GetType().Name}: {ex.Message}";
        }
    }

    private static List<RawContentFile> ReadRealFiles()
    {
        var errors = new CareerPaths.Content.Diagnostics.ContentErrors(Root);
        return [.. ContentFileReader.ReadFolder(RepositoryPaths.Content, errors, new HashSet<string>())];
    }
}
