using System.Text;
using CareerPaths.Content.Loading;
using CareerPaths.Content.Tests.Robustness;
using CareerPaths.Testing;
using CsCheck;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace CareerPaths.Content.Tests.Loading;

/// <summary>
/// The fast reader may refuse any text, but whatever it accepts must read exactly as YamlDotNet's
/// reading (<see cref="YamlShape"/> then <see cref="YamlTree"/>) reads it: no problem found, and
/// the same values at the same positions (error messages and field positions come from them).
/// And that reading must give what YamlDotNet's own tree gives. Checked on every real YAML text
/// damaged at random and on generated texts full of the characters YAML treats specially. Cases
/// run from fixed seeds, so CI sees the same ones.
/// </summary>
public sealed class YamlFastPathTests
{
    private const ulong FixedSeed = 20261203;

    private static readonly List<string> RealYaml = ReadRealYaml();

    [Fact]
    public void Real_yaml_damaged_at_random_reads_as_YamlDotNet_reads_it_or_is_refused()
    {
        var gen = Gen.Select(Gen.Int[0, RealYaml.Count - 1], MutationGen.One.Array[0, 3]);
        var tally = new Tally();
        for (var i = 0; i < 6000; i++)
        {
            var (file, mutations) = gen.Generate(new PCG((uint)i, FixedSeed), null, out _);
            var bytes = mutations.Aggregate(Encoding.UTF8.GetBytes(RealYaml[file]), (b, m) => m.ApplyTo(b));
            var text = Encoding.UTF8.GetString(bytes);
            var failure = Compare(text, tally);
            Assert.True(failure is null, $"case {i}: {string.Join(", ", mutations.Select(m => m.ToString()))}\n{text}\n{failure}");
        }

        Assert.True(tally.Accepted > 1000 && tally.Refused > 0 && tally.TreesCompared > 1000, $"{tally}: the cases should exercise every path");
    }

    [Fact]
    public void Generated_yaml_with_special_characters_reads_as_YamlDotNet_reads_it_or_is_refused()
    {
        var tally = new Tally();
        for (var i = 0; i < 10_000; i++)
        {
            var text = GeneratedYaml.Document.Generate(new PCG((uint)i, FixedSeed), null, out _);
            var failure = Compare(text, tally);
            Assert.True(failure is null, $"case {i}:\n{text}\n{failure}");
        }

        Assert.True(tally.Accepted > 1500 && tally.Refused > 0, $"{tally}: the generator should give many texts in the reader's shape, and some outside it");
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

        var fast = YamlFastPath.TryRead(yaml);

        Assert.NotNull(fast);
        Assert.Equal(Describe(ReadWithYamlDotNet(yaml)), Describe(fast));
        Assert.Contains("'It's quoted' at 16:7", Describe(fast), StringComparison.Ordinal);
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
    [InlineData("key: one\nkey: two\n")]
    [InlineData("list:\n  - { a: 1, a: 2 }\n")]
    public void Text_outside_the_usual_shape_is_left_to_YamlDotNet(string yaml) =>
        Assert.Null(YamlFastPath.TryRead(yaml));

    [Fact]
    public void A_key_longer_than_YAML_allows_is_left_to_YamlDotNet_which_rejects_it()
    {
        var key = new string('k', 1100);
        var block = $"{key}: value\n";
        var flow = $"list:\n  - {{ {key}: value }}\n";

        Assert.Null(YamlFastPath.TryRead(block));
        Assert.Null(YamlFastPath.TryRead(flow));
        Assert.Null(ReadWithYamlDotNet(block));
    }

    private static string? Compare(string text, Tally tally)
    {
        var expected = ReadWithYamlDotNet(text);
        var ownTree = CompareWithYamlDotNetsTree(text, expected, tally);
        if (ownTree is not null)
        {
            return ownTree;
        }

        if (YamlFastPath.TryRead(text) is not { } fast)
        {
            tally.Refused++;
            return null;
        }

        tally.Accepted++;
        if (expected is null)
        {
            return "accepted a text YamlDotNet's reading rejects";
        }

        var want = Describe(expected);
        var got = Describe(fast);
        return want == got ? null : $"YamlDotNet:\n{want}\nfast path:\n{got}";
    }

    /// <summary>The site's tree from YamlDotNet's events must be YamlDotNet's own tree, positions and aliases included.</summary>
    private static string? CompareWithYamlDotNetsTree(string text, YamlValue? ours, Tally tally)
    {
        if (ours is null)
        {
            return null;
        }

        YamlNode root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            root = stream.Documents[0].RootNode;
        }
        catch (YamlException)
        {
            // YamlDotNet's tree refuses some texts its parser accepts, such as two equal list keys.
            return null;
        }

        tally.TreesCompared++;
        var want = Describe(root);
        var got = Describe(ours);
        return want == got ? null : $"YamlDotNet's tree:\n{want}\nYamlTree:\n{got}";
    }

    /// <summary>How the loader reads text the fast path refuses; null when it finds a problem.</summary>
    private static YamlValue? ReadWithYamlDotNet(string text)
    {
        var events = new List<ParsingEvent>();
        return YamlShape.Check(text, 0, events) is null ? YamlTree.FromEvents(events) : null;
    }

    private static string Describe(YamlValue? value) => value switch
    {
        null => "nothing",
        YamlScalarValue s => $"'{s.Text}' at {s.Line}:{s.Column}",
        YamlListValue l => $"[list at {l.Line}:{l.Column}: {string.Join(", ", l.Items.Select(Describe))}]",
        YamlMapValue m => $"{{map at {m.Line}:{m.Column}: {string.Join(", ", m.Entries.Select(e => $"{Describe(e.Key)} => {Describe(e.Value)}"))}}}",
        _ => throw new InvalidOperationException(value.GetType().Name),
    };

    private static string Describe(YamlNode node) => node switch
    {
        YamlScalarNode s => $"'{s.Value}' at {s.Start.Line}:{s.Start.Column}",
        YamlSequenceNode l => $"[list at {l.Start.Line}:{l.Start.Column}: {string.Join(", ", l.Children.Select(Describe))}]",
        YamlMappingNode m => $"{{map at {m.Start.Line}:{m.Start.Column}: {string.Join(", ", m.Children.Select(e => $"{Describe(e.Key)} => {Describe(e.Value)}"))}}}",
        _ => throw new InvalidOperationException(node.GetType().Name),
    };

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

    private sealed class Tally
    {
        public int Accepted { get; set; }

        public int Refused { get; set; }

        public int TreesCompared { get; set; }

        public override string ToString() => $"fast path accepted {Accepted}, refused {Refused}; trees compared {TreesCompared}";
    }
}
