using CareerPaths.Content.Model;

namespace CareerPaths.Content.Loading.Translations;

/// <summary>
/// Makes a language's entries from the checked originals: each entry with a translation takes its
/// words (and its source, so its page knows it is translated and its edit link opens the
/// translation), and keeps every structural field of the original. An entry without a
/// translation stays as it is, in the original language, and its page says so.
/// </summary>
internal static class TranslationOverlay
{
    public static ReadEntries Apply(ReadEntries original, SiteLanguage language)
    {
        var translations = original.Translations
            .Where(t => t.Language == language)
            .ToDictionary(t => t.OriginalPath, StringComparer.Ordinal);
        var rows = translations.Values
            .SelectMany(t => t.Rows)
            .GroupBy(r => (r.List, r.Slug))
            .ToDictionary(g => g.Key, g => g.First().Words);

        TranslatedWords? WordsOf(SourceRef source) => translations.GetValueOrDefault(source.Path)?.Words;
        RichText BodyOf(SourceRef source, RichText body) => translations.GetValueOrDefault(source.Path)?.Body ?? body;
        TranslatedWords? Row(string list, string slug) => rows.GetValueOrDefault((list, slug));

        var result = new ReadEntries();
        result.MergeFrom(original);
        Replace(result.Pages, p => WordsOf(p.Source) is { } w
            ? p with
            {
                Title = w.Text("title", p.Title),
                Heading = w.OptionalText("heading", p.Heading),
                Description = w.Text("description", p.Description),
                Intro = w.Texts.TryGetValue("intro", out var intro) ? RichText.Inline(intro) : p.Intro,
                Body = BodyOf(p.Source, p.Body),
                Source = w.Source,
            }
            : p);
        Replace(result.Tracks, t => WordsOf(t.Source) is { } w
            ? t with
            {
                Title = w.Text("title", t.Title),
                Name = w.Text("name", t.Name),
                Summary = w.Text("summary", t.Summary),
                FocusAreas = w.List("focus_areas", t.FocusAreas),
                BestFor = w.Text("best_for", t.BestFor),
                Body = BodyOf(t.Source, t.Body),
                Source = w.Source,
            }
            : t);
        Replace(result.Roles, r => WordsOf(r.Source) is { } w
            ? r with
            {
                Title = w.Text("title", r.Title),
                JobTitles = w.List("job_titles", r.JobTitles),
                Summary = w.Text("summary", r.Summary),
                Responsibilities = w.Text("responsibilities", r.Responsibilities),
                Skills = w.Text("skills", r.Skills),
                Crosswalk = r.Crosswalk with { Note = w.OptionalText("crosswalk_note", r.Crosswalk.Note) },
                Body = BodyOf(r.Source, r.Body),
                Source = w.Source,
            }
            : r);
        Replace(result.Guides, g => WordsOf(g.Source) is { } w
            ? g with
            {
                Title = w.Text("title", g.Title),
                Audience = w.Text("audience", g.Audience),
                Summary = w.Text("summary", g.Summary),
                Body = BodyOf(g.Source, g.Body),
                Source = w.Source,
            }
            : g);
        Replace(result.Levels, l => Row("levels", l.Slug) is { } w
            ? l with
            {
                Name = w.Text("name", l.Name),
                Label = w.Text("label", l.Label),
                ExampleRoles = w.Text("roles", l.ExampleRoles),
                Focus = w.Text("focus", l.Focus),
                Salary = l.Salary with { Source = w.OptionalText("salary_source", l.Salary.Source) },
            }
            : l);
        Replace(result.BackgroundGroups, g => (Row("groups", g.Slug) is { } w ? g with { Name = w.Text("name", g.Name) } : g) with
        {
            Backgrounds = [.. g.Backgrounds.Select(b => Row("backgrounds", b.Slug) is { } bw
                ? b with { Name = bw.Text("name", b.Name), Label = bw.OptionalText("label", b.Label), CarriesOver = bw.Text("carries_over", b.CarriesOver) }
                : b)],
        });
        Replace(result.SkillCategories, c => Row("categories", c.Slug) is { } w ? c with { Name = w.Text("name", c.Name) } : c);
        Replace(result.Skills, s => Row("skills", s.Slug) is { } w
            ? s with { Name = w.Text("name", s.Name), Description = w.Text("description", s.Description) }
            : s);
        return result;
    }

    private static void Replace<T>(List<T> items, Func<T, T> translate)
    {
        for (var i = 0; i < items.Count; i++)
        {
            items[i] = translate(items[i]);
        }
    }
}
