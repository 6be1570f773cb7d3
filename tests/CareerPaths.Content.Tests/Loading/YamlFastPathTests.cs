using System.Text;
using CareerPaths.Content.Loading;
using CareerPaths.Content.Tests.Robustness;
using CareerPaths.Testing;
using CsCheck;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace CareerPaths.Content.Tests.Loading;

/// <summary>
/// The fast reader may refuse any text, but whatever it accepts must give exactly YamlDotNet's
/// events: the same values, styles, flags and positions (which error messages and field positions
/// come from). Checked on every real YAML text damaged at random and on generated texts full of
/// the characters YAML treats specially. Cases run from fixed seeds, so CI sees the same ones.
/// </summary>
public sealed class YamlFastPathTests
{
    private const ulong FixedSeed = 20261203;

    private static readonly List<string> RealYaml = ReadRealYaml();

    [Fact]
    public void Real_yaml_damaged_at_random_reads_as_YamlDotNet_reads_it_or_is_refused()
    {
        var gen = Gen.Select(Gen.Int[0, RealYaml.Count - 1], MutationGen.One.Array[0, 3]);
        var accepted = 0;
        var refused = 0;
        for (var i = 0; i < 6000; i++)
        {
            var pcg = new PCG((uint)i, FixedSeed);
            var (file, mutations) = gen.Generate(pcg, null, out _);
            var bytes = mutations.Aggregate(Encoding.UTF8.GetBytes(RealYaml[file]), (b, m) => m.ApplyTo(b));
            var text = Encoding.UTF8.GetString(bytes);
            var failure = Compare(text, ref accepted, ref refused);
            Assert.True(failure is null, $"case {i}: {string.Join(", ", mutations.Select(m => m.ToString()))}\n{text}\n{failure}");
        }

        Assert.True(accepted > 1000 && refused > 0, $"accepted {accepted}, refused {refused}: the cases should exercise both paths");
    }

    [Fact]
    public void Generated_yaml_with_special_characters_reads_as_YamlDotNet_reads_it_or_is_refused()
    {
        var accepted = 0;
        var refused = 0;
        for (var i = 0; i < 10_000; i++)
        {
            var text = GeneratedYaml.Document.Generate(new PCG((uint)i, FixedSeed), null, out _);
            var failure = Compare(text, ref accepted, ref refused);
            Assert.True(failure is null, $"case {i}:\n{text}\n{failure}");
        }

        Assert.True(accepted > 2000 && refused > 0, $"accepted {accepted}, refused {refused}: the generator should give many texts in the reader's shape, and some outside it");
    }

    [Fact]
    public void Front_matter_in_the_usual_shape_of_a_role_takes_the_fast_path()
    {
        // Not a real file: the shape every role, guide and track is written in, so that a change
        // which makes the reader refuse it (and loading slow) fails here.
        const string yaml = """
            # yaml-language-server: $schema=../schemas/role.schema.json
            title: Example Engineer
            job_titles: [Example Engineer, Sample Engineer]
            track: technical
            level: mid
            order: 1
            summary: Builds example controls for example systems, from data to the deployed model.
            responsibilities: Design controls, test them, report findings
            skill_needs:
              - { skill: software-engineering, level: expert }
              - { skill: security-testing, level: working }
            next: [example-architect]
            reviewed: 2026-12-02
            onet_soc: "15-1299.05"
            intro: "[Learn more](/roles), and what they earn."
            note: 'It''s quoted'   # a comment
            """;
        var events = new List<ParsingEvent>();

        Assert.True(YamlFastPath.TryRead(yaml, events));
        Assert.Equal(Describe(ParseWithYamlDotNet(yaml)!), Describe(events));
    }

    [Theory]
    [InlineData("key: |\n  a block\n")]
    [InlineData("key: &anchor value\nother: *anchor\n")]
    [InlineData("key: a value\n  that continues\n")]
    [InlineData("key: \"an \\\"escaped\\\" quote\"\n")]
    [InlineData("list:\n- at the margin\n")]
    [InlineData("key: !!str tagged\n")]
    [InlineData("nested:\n  inner: value\n")]
    [InlineData("key: [unclosed, list\n")]
    [InlineData("key:\tvalue\n")]
    [InlineData("---\nkey: value\n")]
    [InlineData("key: value\r\n")]
    public void Text_outside_the_usual_shape_is_left_to_YamlDotNet(string yaml)
    {
        var events = new List<ParsingEvent>();

        Assert.False(YamlFastPath.TryRead(yaml, events));
        Assert.Empty(events);
    }

    private static string? Compare(string text, ref int accepted, ref int refused)
    {
        var events = new List<ParsingEvent>();
        if (!YamlFastPath.TryRead(text, events))
        {
            refused++;
            return events.Count == 0 ? null : "a refusal left events behind";
        }

        accepted++;
        var expected = ParseWithYamlDotNet(text);
        if (expected is null)
        {
            return "accepted a text YamlDotNet cannot parse";
        }

        var want = Describe(expected);
        var got = Describe(events);
        return want == got ? null : $"YamlDotNet:\n{want}\nfast path:\n{got}";
    }

    private static List<ParsingEvent>? ParseWithYamlDotNet(string text)
    {
        var events = new List<ParsingEvent>();
        try
        {
            var parser = new Parser(new Scanner(new StringReader(text)));
            while (parser.MoveNext())
            {
                events.Add(parser.Current!);
            }

            return events;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return null;
        }
    }

    private static string Describe(IEnumerable<ParsingEvent> events) =>
        string.Join('\n', events.Select(e => $"{e.GetType().Name} {At(e.Start)}-{At(e.End)} " + e switch
        {
            Scalar s => $"'{s.Value}' {s.Style} tag={s.Tag} anchor={s.Anchor} plain={s.IsPlainImplicit} quoted={s.IsQuotedImplicit} key={s.IsKey}",
            MappingStart m => $"{m.Style} implicit={m.IsImplicit} tag={m.Tag} anchor={m.Anchor}",
            SequenceStart q => $"{q.Style} implicit={q.IsImplicit} tag={q.Tag} anchor={q.Anchor}",
            DocumentStart d => $"implicit={d.IsImplicit} version={d.Version} tags={string.Join(' ', d.Tags?.Select(t => $"{t.Handle}={t.Prefix}") ?? [])}",
            DocumentEnd d => $"implicit={d.IsImplicit}",
            _ => string.Empty,
        }));

    private static string At(Mark mark) => $"{mark.Line}:{mark.Column}/{mark.Index}";

    /// <summary>The YAML of every real content file: data files whole, Markdown files' front matter.</summary>
    private static List<string> ReadRealYaml()
    {
        var texts = new List<string>();
        foreach (var path in Directory.EnumerateFiles(RepositoryPaths.Content, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(path);
            if (path.EndsWith(".yml", StringComparison.Ordinal))
            {
                texts.Add(text);
            }
            else if (path.EndsWith(".md", StringComparison.Ordinal) && text.StartsWith("---\n", StringComparison.Ordinal))
            {
                var close = text.IndexOf("\n---\n", 3, StringComparison.Ordinal);
                texts.Add(close < 0 ? text[4..] : text[4..(close + 1)]);
            }
        }

        return texts;
    }
}
