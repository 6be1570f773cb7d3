using System.Text.RegularExpressions;
using CareerPaths.Content.Addresses;
using CareerPaths.Content.Diagnostics;
using CareerPaths.Content.Model;

namespace CareerPaths.Content.Validation;

/// <summary>
/// Checks how roles, guides and section pages refer to the certifications in the catalog, line by
/// line in the files as written:
/// <list type="bullet">
/// <item>a page that names a certification links it at least once to its entry on the certifications
/// page, so a reader can check it and the claim "it is listed" cannot drift (a warning);</item>
/// <item>a role or guide that links to a retiring certification is flagged (a warning), and one that
/// links to a retired certification is an error; so is a retired certification that still lists
/// roles, since those role pages would have recommended it.</item>
/// </list>
/// It runs from `validate`, which reads the files; the site itself never recommends a retired one.
/// </summary>
public static partial class CertificationMentions
{
    public const string LinkRule = "links:certification";

    /// <param name="readFile">The text of a file, by its path relative to the content folder; null if it cannot be read.</param>
    /// <param name="displayRoot">How the content folder is shown in messages, such as "content".</param>
    public static IReadOnlyList<ContentError> Check(Catalog catalog, Func<string, string?> readFile, string displayRoot)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(readFile);
        var problems = new ContentErrors(displayRoot);
        CheckListedRoles(catalog, problems);
        var terms = catalog.Certifications
            .Select(c => (Certification: c, Pattern: TermPattern(CertificationTerms.For(c))))
            .ToList();
        var pointers = catalog.Roles.Select(r => r.Source.Path).Concat(catalog.Guides.Select(g => g.Source.Path)).ToHashSet(StringComparer.Ordinal);
        var files = pointers.Concat(catalog.Pages.Select(p => p.Source.Path)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        foreach (var path in files)
        {
            if (readFile(path) is { } text)
            {
                CheckFile(catalog, path, BodyLines(text), terms, pointers.Contains(path), problems);
            }
        }

        return problems.Sorted();
    }

    private static void CheckListedRoles(Catalog catalog, ContentErrors problems)
    {
        foreach (var certification in catalog.Certifications.Where(c => c.Roles.Count > 0))
        {
            var lifecycle = certification.Lifecycle;
            var successor = Successor(catalog, certification);
            if (lifecycle.Status == CertificationStatus.Retired)
            {
                problems.Add(certification.Source.Path, certification.Source.At("roles"), $"'{certification.Name}' is retired but still lists roles, so their pages would have recommended it \u2014 set `roles: []`{successor}");
            }
            else if (lifecycle.Status == CertificationStatus.Retiring)
            {
                problems.Warn(certification.Source.Path, certification.Source.At("roles"), $"'{certification.Name}' retires on {lifecycle.Retires:yyyy-MM-dd} and is still recommended for {certification.Roles.Count} role(s) \u2014 plan to move them{successor}");
            }
        }
    }

    private static void CheckFile(Catalog catalog, string path, IEnumerable<(int Line, string Text)> lines, List<(Certification Certification, Regex Pattern)> terms, bool isPointer, ContentErrors problems)
    {
        var firstMention = new Dictionary<string, (int Line, int Column)>(StringComparer.Ordinal);
        var linked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (number, text) in lines)
        {
            var links = CertificationLinks().Matches(text);
            var otherLinks = AnyLink().Matches(text).Where(l => !links.Any(c => c.Index == l.Index)).ToList();
            foreach (Match link in links)
            {
                var slug = link.Groups["slug"].Value;
                if (slug.Length > 0)
                {
                    linked.Add(slug);
                }

                if (isPointer && catalog.FindCertification(slug) is { } target)
                {
                    PointedAt(catalog, target, path, new TextPosition(number, link.Index + 1), problems);
                }
            }

            foreach (var (certification, pattern) in terms)
            {
                foreach (Match mention in pattern.Matches(text))
                {
                    // Words inside a link to another page, such as a role title, are that link's, not a mention.
                    if (otherLinks.Any(l => l.Index <= mention.Index && mention.Index < l.Index + l.Length))
                    {
                        continue;
                    }

                    if (links.Any(l => l.Index <= mention.Index && mention.Index < l.Index + l.Length))
                    {
                        linked.Add(certification.Slug);
                    }

                    firstMention.TryAdd(certification.Slug, (number, mention.Index + 1));
                }
            }
        }

        foreach (var (slug, at) in firstMention.Where(m => !linked.Contains(m.Key)))
        {
            var certification = catalog.FindCertification(slug)!;
            // Linking a retired certification from a role or guide is an error, so naming one is left alone.
            if (certification.Lifecycle.Status != CertificationStatus.Retired)
            {
                problems.Warn(path, new TextPosition(at.Line, at.Column), $"[{LinkRule}] '{certification.Name}' is named here but never linked \u2014 link its first mention to its entry, like [{ShortName(certification)}]({SiteMap.Certification(certification)})");
            }
        }
    }

    private static void PointedAt(Catalog catalog, Certification target, string path, TextPosition at, ContentErrors problems)
    {
        var lifecycle = target.Lifecycle;
        if (lifecycle.Status == CertificationStatus.Retired)
        {
            problems.Add(path, at, $"this page points readers at '{target.Name}', which is retired{(lifecycle.Retired is { } d ? $" since {d:yyyy-MM-dd}" : string.Empty)} \u2014 point at its successor instead{Successor(catalog, target)}");
        }
        else if (lifecycle.Status == CertificationStatus.Retiring)
        {
            problems.Warn(path, at, $"this page points readers at '{target.Name}', which retires on {lifecycle.Retires:yyyy-MM-dd}{Successor(catalog, target)}");
        }
    }

    private static string Successor(Catalog catalog, Certification certification) =>
        catalog.Successor(certification) is { } next ? $" (its successor is '{next.Slug}')" : string.Empty;

    private static string ShortName(Certification certification) => CertificationTerms.For(certification)[^1];

    /// <summary>The lines after the front matter, numbered as in the file, so a warning points at the line an editor opens.</summary>
    private static IEnumerable<(int Line, string Text)> BodyLines(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var start = 0;
        if (lines.Length > 0 && lines[0].TrimEnd() == "---")
        {
            var close = Array.FindIndex(lines, 1, l => l.TrimEnd() == "---");
            start = close < 0 ? lines.Length : close + 1;
        }

        for (var i = start; i < lines.Length; i++)
        {
            yield return (i + 1, lines[i]);
        }
    }

    /// <summary>Whole words only, so "CISSP" is not found inside "CISSP-ISSMP" nor "CC" inside "CCSP".</summary>
    private static Regex TermPattern(IReadOnlyList<string> terms) =>
        new(@"(?<![\w+/-])(?:" + string.Join('|', terms.Select(Regex.Escape)) + @")(?![\w+/-])", RegexOptions.CultureInvariant);

    /// <summary>A Markdown link to the certifications page, with the entry's slug when it names one.</summary>
    [GeneratedRegex(@"\[[^\]]*\]\(/resources/certifications(?:#(?<slug>[a-z0-9-]+))?\)")]
    private static partial Regex CertificationLinks();

    [GeneratedRegex(@"\[[^\]]*\]\([^)]*\)")]
    private static partial Regex AnyLink();
}
