using System.Text.RegularExpressions;
using CareerPaths.Content.Colors;
using CareerPaths.Content.Diagnostics;
using CareerPaths.Content.Model;

namespace CareerPaths.Content.Loading;

/// <summary>
/// The third stage for Markdown entries: turns parsed front matter and body into records. Tracks
/// and section pages refer to nothing and become model records; roles and guides become entries
/// that name what they refer to by slug, for the checks and then <see cref="CatalogLinker"/>.
/// A missing field becomes an empty value here (its error is already reported), so the later
/// checks still run over every entry.
/// </summary>
internal static partial class EntryReader
{
    public const int DefaultOrder = 100;

    public static Track? ReadTrack(ContentFile file, ContentErrors errors, ReadEntries read)
    {
        var parsed = Parse(file, ContentSchemas.Track, errors, read);
        if (parsed is null)
        {
            return null;
        }

        var f = parsed.Fields;
        return new Track(
            file.Slug,
            f.Text("title"),
            f.Text("name"),
            f.WholeNumber("order") ?? DefaultOrder,
            f.Text("summary"),
            f.TextList("focus_areas"),
            f.Text("best_for"),
            ReadColor(file, f, errors),
            parsed.Body,
            f.Source());
    }

    /// <summary>
    /// A track's optional colour. An unquoted "#1d4ed8" is a YAML comment, so the field reads as
    /// empty; that mistake gets its own message rather than a puzzling "'color' is empty".
    /// </summary>
    private static RgbColor? ReadColor(ContentFile file, YamlFields f, ContentErrors errors)
    {
        if (!f.IsWritten("color"))
        {
            return null;
        }

        var at = f.PositionOf("color");
        var line = file.Text.Split('\n').ElementAtOrDefault(at.Line - 1) ?? string.Empty;
        if (UnquotedHash().IsMatch(line))
        {
            errors.Add(file.Path, at, $"put the colour in quotes, like `{ContentSchemas.Track["color"].Example}` \u2014 without them YAML reads everything after # as a comment");
            return null;
        }

        var text = f.OptionalText("color");
        if (text is null)
        {
            return null;
        }

        if (RgbColor.TryParse(text, out var color))
        {
            return color;
        }

        errors.Add(file.Path, at, $"color '{text}' is not a colour the site can use \u2014 write # and six hex digits in quotes, like `{ContentSchemas.Track["color"].Example}`");
        return null;
    }

    public static RoleEntry? ReadRole(ContentFile file, ContentErrors errors, ReadEntries read)
    {
        var parsed = Parse(file, ContentSchemas.Role, errors, read);
        if (parsed is null)
        {
            return null;
        }

        var f = parsed.Fields;
        return new RoleEntry(
            file.Slug,
            f.Text("title"),
            f.TextList("job_titles"),
            f.Text("track"),
            f.Text("level"),
            f.WholeNumber("order") ?? DefaultOrder,
            f.Text("summary"),
            f.Text("responsibilities"),
            f.Text("skills"),
            [.. f.Entries("skill_needs", ContentSchemas.SkillNeed).Select(n => new SkillNeedEntry(n.Text("skill"), n.Text("level"), n.Source()))],
            f.TextList("next"),
            read.Reviewed.GetValueOrDefault(file.Path, DateOnly.MinValue),
            new CrosswalkRefs(
                f.TextList("nice_work_roles"),
                f.TextList("ecsf_profiles"),
                f.OptionalText("onet_soc"),
                f.TextList("ai_rmf_functions"),
                f.OptionalText("crosswalk_note")),
            parsed.Body,
            f.Source());
    }

    public static GuideEntry? ReadGuide(ContentFile file, ContentErrors errors, ReadEntries read)
    {
        var parsed = Parse(file, ContentSchemas.Guide, errors, read);
        if (parsed is null)
        {
            return null;
        }

        var f = parsed.Fields;
        return new GuideEntry(
            file.Slug,
            f.Text("title"),
            f.Text("audience"),
            f.Text("summary"),
            f.WholeNumber("order") ?? DefaultOrder,
            f.TextList("backgrounds"),
            read.Reviewed.GetValueOrDefault(file.Path, DateOnly.MinValue),
            parsed.Body,
            f.Source());
    }

    public static SectionPage? ReadPage(ContentFile file, string key, ContentErrors errors, ReadEntries read)
    {
        var parsed = Parse(file, ContentSchemas.SectionPage, errors, read);
        if (parsed is null)
        {
            return null;
        }

        var f = parsed.Fields;
        var (intro, introLinks) = MarkdownFile.ParseInline(f.Text("intro"), file.Path, f.PositionOf("intro"));
        read.Links.AddRange(introLinks);
        return new SectionPage(key, f.Text("title"), f.OptionalText("heading"), f.Text("description"), intro, parsed.Body, f.Source());
    }

    /// <summary>Parses the file and keeps its links and its reviewed: date (which tells when a translation fell behind).</summary>
    private static MarkdownFile? Parse(ContentFile file, FieldSet set, ContentErrors errors, ReadEntries read)
    {
        var parsed = MarkdownFile.Parse(file, set, errors);
        if (parsed is not null)
        {
            read.Links.AddRange(parsed.Links);
            if (parsed.Fields.IsWritten("reviewed") && parsed.Fields.Date("reviewed") is { } reviewed)
            {
                read.Reviewed[file.Path] = reviewed;
            }
        }

        return parsed;
    }

    [GeneratedRegex(@"^\s*color\s*:\s*#")]
    private static partial Regex UnquotedHash();
}
