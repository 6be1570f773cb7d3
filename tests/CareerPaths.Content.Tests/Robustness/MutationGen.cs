using CsCheck;

namespace CareerPaths.Content.Tests.Robustness;

/// <summary>Generators for damaged content: which real file, and one to three mutations of it.</summary>
internal static class MutationGen
{
    /// <summary>The characters YAML and Markdown give meaning to, plus tabs and line breaks.</summary>
    private static readonly string[] Syntax =
        ["[", "]", "{", "}", ":", "-", "#", "|", ">", "&", "*", "!", "%", "@", "`", "\"", "'", "\t", "\n", "\r\n", ": ", "---\n", "\u00e9", "\0"];

    private static readonly Gen<int> Fraction = Gen.Int[0, 1_000_000];

    public static readonly Gen<Mutation> One =
        Gen.Select(Gen.Enum<MutationKind>(), Fraction, Gen.Int[1, 40], Gen.OneOf(Syntax), (kind, at, span, text) => new Mutation(kind, at, span, text));

    /// <summary>A file index below <paramref name="fileCount"/> and the mutations applied to it in order.</summary>
    public static Gen<(int File, Mutation[] Mutations)> Damage(int fileCount) =>
        Gen.Select(Gen.Int[0, fileCount - 1], One.Array[1, 3]);
}
