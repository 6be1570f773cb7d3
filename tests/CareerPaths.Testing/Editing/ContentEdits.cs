using System.Globalization;
using System.Text.RegularExpressions;
using CareerPaths.Content.Model;
using YamlDotNet.RepresentationModel;

namespace CareerPaths.Testing;

/// <summary>
/// The edits an editor makes without code, each written the way content/README.md tells them to.
/// Names are made unique against the catalog, so an edit never collides with what editors add.
/// </summary>
public static partial class ContentEdits
{
    private static readonly string[] ResearchAreas = ["Adversarial machine learning research", "Evaluating model robustness", "Disclosing AI vulnerabilities"];

    public static string AddRole(string directory, Catalog catalog, string track, string level, string title)
    {
        var name = Unique(title, t => catalog.Roles.Any(r => r.Title == t));
        var slug = Unique(Slug(name), s => catalog.FindRole(s) is not null || File.Exists(Path.Combine(directory, "roles", s + ".md")));
        var trackName = catalog.FindTrack(track)?.Name ?? track;
        File.WriteAllText(Path.Combine(directory, "roles", slug + ".md"), $"""
            ---
            title: {Quote(name)}
            track: {track}
            level: {level}
            summary: {Quote($"{name}: a position an editor added to the {trackName} track.")}
            responsibilities: Investigate new attacks on AI systems, write up findings, advise the teams that fix them
            skills: Curiosity, clear writing, a working knowledge of machine learning
            reviewed: {DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}
            ---
            A role an editor added without touching code. It sits in the [{trackName} track](/tracks/{track}).

            """);
        return slug;
    }

    public static string AddTrack(string directory, Catalog catalog, string name)
    {
        var unique = Unique(name, n => catalog.Tracks.Any(t => t.Name == n || t.Title == n + " Track"));
        var slug = Unique(Slug(unique), s => catalog.FindTrack(s) is not null);
        var taken = catalog.Tracks.SelectMany(t => t.FocusAreas).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var areas = ResearchAreas.Select(a => Unique(a, taken.Contains));
        File.WriteAllText(Path.Combine(directory, "tracks", slug + ".md"), $"""
            ---
            title: {Quote(unique + " Track")}
            name: {Quote(unique)}
            order: {catalog.Tracks.Max(t => t.Order) + 1}
            summary: Study how AI systems fail under attack and turn what is learned into defenses.
            focus_areas:
            {string.Join('\n', areas.Select(a => "  - " + Quote(a)))}
            best_for: Those with research, mathematics or machine learning backgrounds
            ---
            The {unique} track finds new weaknesses in AI systems before attackers do.

            """);
        return slug;
    }

    /// <summary>Adds a level above the top one, as the last entry of levels.yml.</summary>
    public static string AddLevel(string directory, Catalog catalog, string name)
    {
        var top = catalog.Levels[^1];
        var unique = Unique(name, n => catalog.Levels.Any(l => l.Name == n || l.Label == n));
        var slug = Unique(Slug(unique), s => catalog.FindLevel(s) is not null);
        YamlEdits.EditTable(Path.Combine(directory, "levels.yml"), root => ((YamlSequenceNode)root.Children[new YamlScalarNode("levels")]).Add(YamlEdits.Mapping(
            ("slug", slug),
            ("name", unique),
            ("label", unique),
            ("years_min", ((top.YearsMax ?? top.YearsMin) + 5).ToString(CultureInfo.InvariantCulture)),
            ("roles", $"Roles such as {unique} Engineer and Fellow."),
            ("focus", "Focus on setting the direction of the field and mentoring its leaders."),
            ("salary_min", top.Salary.Max.ToString(CultureInfo.InvariantCulture)),
            ("salary_max", (top.Salary.Max + 100_000).ToString(CultureInfo.InvariantCulture)))));
        return slug;
    }

    /// <summary>Deletes a role and every reference to it: next steps, certification and learning lists, and Markdown links, which become plain text.</summary>
    public static void RemoveRole(string directory, Catalog catalog, Role role)
    {
        File.Delete(Path.Combine(directory, role.Source.Path));
        foreach (var language in SiteLanguage.Translations)
        {
            // Its translations go with it, as content/README.md says: a translation needs its original.
            File.Delete(Path.Combine(directory, language.ContentFolder + role.Source.Path));
        }

        foreach (var before in catalog.Roles.Where(r => r.NextSteps.Any(n => n.Slug == role.Slug)))
        {
            YamlEdits.EditFrontMatter(Path.Combine(directory, before.Source.Path), front => YamlEdits.RemoveFromList(front, "next", role.Slug, required: false));
        }

        foreach (var (file, list) in new[] { ("certifications.yml", "certifications"), ("learning.yml", "resources") })
        {
            YamlEdits.EditTable(Path.Combine(directory, file), root =>
            {
                foreach (var entry in ((YamlSequenceNode)root.Children[new YamlScalarNode(list)]).Children.OfType<YamlMappingNode>())
                {
                    YamlEdits.RemoveFromList(entry, "roles", role.Slug, required: true);
                }
            });
        }

        var link = new Regex($@"\[(?<text>[^\]]*)\]\(\s*/roles/{Regex.Escape(role.Slug)}(?:#[^)\s]*)?\s*\)", RegexOptions.None, TimeSpan.FromSeconds(1));
        foreach (var file in Directory.EnumerateFiles(directory, "*.md", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            var unlinked = link.Replace(text, m => m.Groups["text"].Value);
            if (unlinked != text)
            {
                File.WriteAllText(file, unlinked);
            }
        }
    }

    private static string Unique(string wanted, Func<string, bool> taken)
    {
        var candidate = wanted;
        for (var n = 2; taken(candidate); n++)
        {
            candidate = $"{wanted} {n}";
        }

        return candidate;
    }

    private static string Slug(string name) => NotSlug().Replace(name.ToLowerInvariant(), "-").Trim('-');

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotSlug();
}
