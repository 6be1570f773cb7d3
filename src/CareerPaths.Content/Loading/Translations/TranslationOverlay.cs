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
        var files = original.Translations
            .Where(t => t.Language == language)
            .ToDictionary(t => t.OriginalPath, StringComparer.Ordinal);
        var rows = files.Values
            .SelectMany(t => t.Rows)
            .GroupBy(r => (r.List, r.Slug))
            .ToDictionary(g => g.Key, g => g.First().Words);

        // A Markdown entry takes the words, body and source of its translation file.
        void Entries<T>(List<T> items, Func<T, SourceRef> source, Func<T, TranslatedWords, RichText?, T> translate)
        {
            for (var i = 0; i < items.Count; i++)
            {
                if (files.TryGetValue(source(items[i]).Path, out var file))
                {
                    items[i] = translate(items[i], file.Words, file.Body);
                }
            }
        }

        // A table row takes the words of the translated row with its slug.
        void Rows<T>(List<T> items, string list, Func<T, string> slug, Func<T, TranslatedWords, T> translate)
        {
            for (var i = 0; i < items.Count; i++)
            {
                if (rows.TryGetValue((list, slug(items[i])), out var words))
                {
                    items[i] = translate(items[i], words);
                }
            }
        }

        var result = new ReadEntries();
        result.MergeFrom(original);
        Entries(result.Pages, p => p.Source, (p, w, body) => p with
        {
            Title = w.Text("title", p.Title),
            Heading = w.OptionalText("heading", p.Heading),
            Description = w.Text("description", p.Description),
            Intro = w.Texts.TryGetValue("intro", out var intro) ? RichText.Inline(intro) : p.Intro,
            Body = body ?? p.Body,
            Source = w.Source,
        });
        Entries(result.Tracks, t => t.Source, (t, w, body) => t with
        {
            Title = w.Text("title", t.Title),
            Name = w.Text("name", t.Name),
            Summary = w.Text("summary", t.Summary),
            FocusAreas = w.List("focus_areas", t.FocusAreas),
            BestFor = w.Text("best_for", t.BestFor),
            Body = body ?? t.Body,
            Source = w.Source,
        });
        Entries(result.Roles, r => r.Source, (r, w, body) => r with
        {
            Title = w.Text("title", r.Title),
            JobTitles = w.List("job_titles", r.JobTitles),
            Summary = w.Text("summary", r.Summary),
            Responsibilities = w.Text("responsibilities", r.Responsibilities),
            Skills = w.Text("skills", r.Skills),
            Crosswalk = r.Crosswalk with { Note = w.OptionalText("crosswalk_note", r.Crosswalk.Note) },
            Body = body ?? r.Body,
            Source = w.Source,
        });
        Entries(result.Guides, g => g.Source, (g, w, body) => g with
        {
            Title = w.Text("title", g.Title),
            Audience = w.Text("audience", g.Audience),
            Summary = w.Text("summary", g.Summary),
            Body = body ?? g.Body,
            Source = w.Source,
        });
        Rows(result.Levels, "levels", l => l.Slug, (l, w) => l with
        {
            Name = w.Text("name", l.Name),
            Label = w.Text("label", l.Label),
            ExampleRoles = w.Text("roles", l.ExampleRoles),
            Focus = w.Text("focus", l.Focus),
            Salary = l.Salary with { Source = w.OptionalText("salary_source", l.Salary.Source) },
        });
        Rows(result.BackgroundGroups, "groups", g => g.Slug, (g, w) => g with { Name = w.Text("name", g.Name) });
        for (var i = 0; i < result.BackgroundGroups.Count; i++)
        {
            List<BackgroundEntry> backgrounds = [.. result.BackgroundGroups[i].Backgrounds];
            Rows(backgrounds, "backgrounds", b => b.Slug, (b, w) => b with
            {
                Name = w.Text("name", b.Name),
                Label = w.OptionalText("label", b.Label),
                CarriesOver = w.Text("carries_over", b.CarriesOver),
            });
            result.BackgroundGroups[i] = result.BackgroundGroups[i] with { Backgrounds = backgrounds };
        }

        Rows(result.SkillCategories, "categories", c => c.Slug, (c, w) => c with { Name = w.Text("name", c.Name) });
        Rows(result.Skills, "skills", s => s.Slug, (s, w) => s with { Name = w.Text("name", s.Name), Description = w.Text("description", s.Description) });
        return result;
    }
}
