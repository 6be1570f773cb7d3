using CsCheck;

namespace CareerPaths.Content.Tests.Loading;

/// <summary>
/// Random YAML in roughly the shape content uses (keys with one-line scalars, [lists], {mappings}
/// and indented lists, comments and blank lines between), with the characters YAML treats specially
/// mixed into the values, so many texts are valid and some are subtly not.
/// </summary>
internal static class GeneratedYaml
{
    private static readonly Gen<char> Special = Gen.OneOf(
        ' ', ' ', ':', '#', '-', ',', '[', ']', '{', '}', '\'', '"', '?', '&', '*', '!', '|', '>', '%', '@', '`', '~', '.', '/', '\\', '\u00e9', '\u00a0', '\u4e2d');

    private static readonly Gen<char> Character = Gen.Frequency((16, Gen.Char['a', 'z']), (2, Gen.Char['0', '9']), (3, Special));

    private static readonly Gen<string> Text = Character.Array[1, 12].Select(chars => new string(chars));

    private static readonly Gen<string> Key = Gen.Frequency(
        (6, Gen.OneOf("title", "track", "order", "job_titles", "skill_needs", "x-y", "a1")),
        (1, Text));

    private static readonly Gen<string> Spaces = Gen.Int[0, 3].Select(n => new string(' ', n));

    private static readonly Gen<string> Scalar = Gen.Frequency(
        (5, Text),
        (1, Text.Select(t => $"'{t.Replace("'", "''", StringComparison.Ordinal)}'")),
        (1, Text.Select(t => $"'{t}'")),
        (1, Text.Select(t => $"\"{t}\"")));

    private static readonly Gen<string> FlowList = Scalar.Array[0, 4].Select(Spaces, Spaces, (items, inner, comma) => $"[{inner}{string.Join($",{comma}", items)}{inner}]");

    private static readonly Gen<string> FlowMapping = Gen.Select(Key, Scalar).Array[1, 3].Select(Spaces, (pairs, inner) => $"{{{inner}{string.Join(", ", pairs.Select(p => $"{p.Item1}: {p.Item2}"))}{inner}}}");

    private static readonly Gen<string> InlineValue = Gen.Frequency((5, Scalar), (2, FlowList), (2, FlowMapping));

    private static readonly Gen<string> Comment = Gen.Frequency((4, Gen.Const(string.Empty)), (1, Text.Select(Gen.Int[0, 2], (t, n) => $"{new string(' ', n)}#{t}")));

    private static readonly Gen<string> BlankOrCommentLines = Gen.Frequency(
        (5, Gen.Const(string.Empty)),
        (1, Spaces.Select(Comment, (s, c) => s + c + "\n").Array[1, 2].Select(string.Concat)));

    private static readonly Gen<string> IndentedList = Gen.Select(Gen.Int[0, 4], Gen.Int[1, 2], InlineValue.Select(Comment, (v, c) => v + c).Array[1, 4], BlankOrCommentLines)
        .Select(p => string.Concat(p.Item3.Select(item => $"{new string(' ', p.Item1)}-{new string(' ', p.Item2)}{item}\n{p.Item4}")));

    private static readonly Gen<string> Entry = Gen.Select(Key, Gen.Frequency((6, InlineValue.Select(Comment, (v, c) => $" {v}{c}\n")), (2, IndentedList.Select(Comment, (l, c) => $"{c}\n{l}")), (1, Gen.Const("\n"))))
        .Select(p => $"{p.Item1}:{p.Item2}");

    /// <summary>A whole text: entries with blank and comment lines between, with or without a final line break.</summary>
    public static readonly Gen<string> Document = Gen.Select(BlankOrCommentLines, Gen.Select(Entry, BlankOrCommentLines, (e, b) => e + b).Array[1, 5], Gen.Bool)
        .Select(p => p.Item3 ? (p.Item1 + string.Concat(p.Item2)).TrimEnd('\n') : p.Item1 + string.Concat(p.Item2));
}
