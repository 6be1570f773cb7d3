using System.Text.RegularExpressions;

namespace CareerPaths.Testing;

/// <summary>
/// The facts of the seed page (shared/seed/career-pathways.txt, copied into the fixtures), read
/// from the file itself so the tests hold the site to the seed's exact words.
/// </summary>
public static partial class SeedFacts
{
    private static readonly string[] Lines = File.ReadAllLines(RepositoryPaths.Seed).Select(l => l.Trim()).ToArray();

    public static string Title => Lines[0];

    public static string Tagline => Lines[2];

    public static IReadOnlyList<(string Heading, string Intro)> SectionIntros { get; } =
    [
        ("Career Tracks Overview", After("Career Tracks Overview")),
        ("Career Progression Visualization", After("Career Progression Visualization")),
        ("Entry Points for Different Backgrounds", After("Entry Points for Different Backgrounds")),
        ("Ready to Explore Specific Positions?", After("Ready to Explore Specific Positions?")),
        ("Find Your Path", After("Find Your Path")),
        ("Resources", After("Resources")),
    ];

    public static IReadOnlyList<string> ResourceLinks { get; } = ["Certification Pathways", "Learning Resources", "Downloadable Materials"];

    public static IReadOnlyList<(string Title, IReadOnlyList<string> FocusAreas, string BestFor)> Tracks { get; } =
        [.. new[] { "Technical Track", "Operations Track", "Governance Track" }.Select(ReadTrack)];

    public static IReadOnlyList<(string Name, string Years, string ExampleRoles, string Focus, string Salary)> Levels { get; } =
        [.. Lines.Select((line, i) => (line, i)).Where(p => LevelHeading().IsMatch(p.line)).Select(p => ReadLevel(p.i))];

    /// <summary>The six rows of the Technical track table, each as "Level Position Responsibilities Skills".</summary>
    public static IReadOnlyList<string> TechnicalRows { get; } =
        [.. Lines.SkipWhile(l => l != "Level Position Key Responsibilities Required Skills").Skip(1).TakeWhile(l => l.Length > 0)];

    public static IReadOnlyList<(string Background, string Role)> Mappings { get; } =
        [.. Lines.Where(l => l.Contains('\u2192', StringComparison.Ordinal)).Select(l => l.TrimStart('\u2022', ' ').Split(" \u2192 ")).Select(p => (p[0], p[1]))];

    /// <summary>Typography may improve (en dashes, no-break spaces); the words may not change.</summary>
    public static string Normalize(string text) =>
        Whitespace().Replace(text.Replace('\u2013', '-').Replace('\u00a0', ' ').Replace(" - ", " - ", StringComparison.Ordinal), " ").Trim();

    private static string After(string heading)
    {
        var index = Array.IndexOf(Lines, heading);
        return Lines.Skip(index + 1).First(l => l.Length > 0);
    }

    private static (string, IReadOnlyList<string>, string) ReadTrack(string title)
    {
        var index = Array.IndexOf(Lines, title);
        var areas = Lines.Skip(index + 2).TakeWhile(l => l.StartsWith('\u2022')).Select(l => l.TrimStart('\u2022', ' ')).ToList();
        var bestFor = Lines.Skip(index).First(l => l.StartsWith("Best for: ", StringComparison.Ordinal))["Best for: ".Length..];
        return (title, areas, bestFor);
    }

    private static (string, string, string, string, string) ReadLevel(int index)
    {
        var match = LevelHeading().Match(Lines[index]);
        var text = Lines[index + 2];
        var focusAt = text.IndexOf("Focus on", StringComparison.Ordinal);
        var salary = Lines[index + 4]["Salary Range: ".Length..];
        return (match.Groups["name"].Value, match.Groups["years"].Value, text[..focusAt].Trim(), text[focusAt..], salary);
    }

    [GeneratedRegex(@"^(?<name>Entry-Level|Mid-Level|Advanced|Executive) \((?<years>[^)]+)\)$")]
    private static partial Regex LevelHeading();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
