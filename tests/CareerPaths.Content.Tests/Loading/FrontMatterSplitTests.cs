using System.Text;
using CareerPaths.Content.Loading;
using CareerPaths.Content.Tests.Robustness;
using CareerPaths.Testing;
using CsCheck;

namespace CareerPaths.Content.Tests.Loading;

/// <summary>
/// The fast front-matter split may refuse any text, but whatever it accepts must split exactly as
/// Markdig does: the same settings text, the same body, and the body's links at the same lines and
/// columns of the file. Checked on every real Markdown file, damaged at random, and on texts built
/// around the lines Markdig treats as fences. Cases run from fixed seeds, so CI sees the same ones.
/// </summary>
public sealed class FrontMatterSplitTests
{
    private const ulong FixedSeed = 20261203;

    private static readonly List<string> RealMarkdown =
        [.. Directory.EnumerateFiles(RepositoryPaths.Content, "*.md", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .Where(text => text.StartsWith("---", StringComparison.Ordinal))];

    /// <summary>Lines that may open, close or only look like a fence, and settings and body lines with links.</summary>
    private static readonly string[] Lines =
        ["---", "--- ", " ---", "----", "...", "... ", "\t---", "-- -", "title: A", "note: '---'", "", " ", "# Heading",
         "Text with [a link](/roles) in it.", "* [item](https://example.org)", "<https://example.org/auto>", "    indented", "```", "---\r", "\uFEFF---"];

    private static readonly Gen<string> FenceText =
        Gen.OneOf(Lines.Select(Gen.Const).ToArray()).Array[1, 12].Select(lines => string.Join('\n', lines));

    [Fact]
    public void Real_markdown_files_take_the_fast_split()
    {
        // Every content entry is written in the usual shape; one that is not would load slowly.
        // (The folder's README.md, which has no front matter, is not an entry.)
        var refused = RealMarkdown.Where(text => FrontMatterSplit.TryFast(text) is null).ToList();

        Assert.True(RealMarkdown.Count > 0);
        Assert.Empty(refused);
    }

    [Fact]
    public void Real_markdown_damaged_at_random_splits_as_Markdig_splits_it_or_is_refused()
    {
        var gen = Gen.Select(Gen.Int[0, RealMarkdown.Count - 1], MutationGen.One.Array[0, 3]);
        var (accepted, refused) = (0, 0);
        for (var i = 0; i < 3000; i++)
        {
            var (file, mutations) = gen.Generate(new PCG((uint)i, FixedSeed), null, out _);
            var bytes = mutations.Aggregate(Encoding.UTF8.GetBytes(RealMarkdown[file]), (b, m) => m.ApplyTo(b));
            var text = Encoding.UTF8.GetString(bytes);
            var failure = Compare(text, ref accepted, ref refused);
            Assert.True(failure is null, $"case {i}: {string.Join(", ", mutations.Select(m => m.ToString()))}\n{text}\n{failure}");
        }

        Assert.True(accepted > 1000 && refused > 0, $"{accepted} accepted, {refused} refused: the cases should exercise both paths");
    }

    [Fact]
    public void Texts_built_from_fence_like_lines_split_as_Markdig_splits_them_or_are_refused()
    {
        var (accepted, refused) = (0, 0);
        for (var i = 0; i < 5000; i++)
        {
            var text = "---\n" + FenceText.Generate(new PCG((uint)i, FixedSeed), null, out _);
            var failure = Compare(text, ref accepted, ref refused);
            Assert.True(failure is null, $"case {i}:\n{text.Replace("\n", "\u21b5\n", StringComparison.Ordinal)}\n{failure}");
        }

        Assert.True(accepted > 200 && refused > 500, $"{accepted} accepted, {refused} refused: the cases should exercise both paths");
    }

    [Theory]
    [InlineData("---\ntitle: A\n---\nBody", "title: A", "\nBody")]
    [InlineData("---\ntitle: A\n---", "title: A", "")]
    public void The_usual_shape_splits_at_the_closing_line(string text, string yaml, string body)
    {
        var split = FrontMatterSplit.TryFast(text);

        Assert.NotNull(split);
        Assert.Equal(yaml, split.Value.Yaml);
        Assert.Equal(body, text[split.Value.BodyStart..]);
    }

    [Theory]
    [InlineData("---\ntitle: A\n--- \nBody")]
    [InlineData("---\ntitle: A\n...\nBody")]
    [InlineData("---\r\ntitle: A\r\n---\r\nBody")]
    [InlineData("---\ntitle: A\n")]
    [InlineData("---\n---\nBody")]
    [InlineData("title: A\n---\n")]
    public void Anything_else_is_left_to_Markdig(string text) =>
        Assert.Null(FrontMatterSplit.TryFast(text));

    private static string? Compare(string text, ref int accepted, ref int refused)
    {
        if (MarkdownFile.SplitFast(text) is not { } fast)
        {
            refused++;
            return null;
        }

        accepted++;
        if (MarkdownFile.SplitWithMarkdig(text) is not { } markdig)
        {
            return "the fast split found front matter where Markdig finds none";
        }

        if (fast.Yaml != markdig.Yaml)
        {
            return $"settings differ:\nfast:    {fast.Yaml}\nMarkdig: {markdig.Yaml}";
        }

        if (fast.Body != markdig.Body)
        {
            return $"bodies differ:\nfast:    {fast.Body}\nMarkdig: {markdig.Body}";
        }

        var (fastLinks, markdigLinks) = (fast.Links("file.md"), markdig.Links("file.md"));
        return fastLinks.SequenceEqual(markdigLinks)
            ? null
            : $"links differ:\nfast:    {string.Join(", ", fastLinks)}\nMarkdig: {string.Join(", ", markdigLinks)}";
    }
}
