using CareerPaths.Content.Diagnostics;
using CareerPaths.Content.Model;

namespace CareerPaths.Content.Loading;

/// <summary>The third stage for YAML tables: levels, backgrounds, certifications and learning resources.</summary>
internal static class TableReader
{
    public static IReadOnlyList<Level>? ReadLevels(ContentFile file, ContentErrors errors) =>
        Entries(file, TableSchemas.LevelsFile, "levels", TableSchemas.Level, errors)?
            .Select((f, rank) => new Level(
                f.Text("slug"),
                f.Text("name"),
                f.Text("label"),
                f.WholeNumber("years_min") ?? 0,
                f.WholeNumber("years_max"),
                f.Text("roles"),
                f.Text("focus"),
                new SalaryRange(f.WholeNumber("salary_min") ?? 0, f.WholeNumber("salary_max") ?? 0, f.Flag("salary_open_ended"))
                {
                    Source = f.OptionalText("salary_source"),
                    AsOf = f.Date("salary_as_of"),
                },
                rank,
                f.Source()))
            .ToList();

    public static IReadOnlyList<BackgroundGroupEntry>? ReadBackgrounds(ContentFile file, ContentErrors errors) =>
        Entries(file, TableSchemas.BackgroundsFile, "groups", TableSchemas.BackgroundGroup, errors)?
            .Select(g =>
            {
                var slug = g.Text("slug");
                var backgrounds = g.Entries("backgrounds", TableSchemas.Background)
                    .Select(b => new BackgroundEntry(
                        b.Text("slug"),
                        b.Text("name"),
                        b.Text("role"),
                        b.OptionalText("label"),
                        b.Text("carries_over"),
                        b.TextList("skills"),
                        b.Source()))
                    .ToList();
                return new BackgroundGroupEntry(slug, g.Text("name"), backgrounds, g.Source());
            })
            .ToList();

    public static IReadOnlyList<CertificationEntry>? ReadCertifications(ContentFile file, ContentErrors errors) =>
        Entries(file, TableSchemas.CertificationsFile, "certifications", TableSchemas.Certification, errors)?
            .Select(f => new CertificationEntry(
                f.Text("slug"),
                f.Text("name"),
                f.Text("issuer"),
                f.Text("level"),
                f.TextList("tracks"),
                f.TextList("roles"),
                f.TextList("builds"),
                f.Url("url") ?? new Uri("https://invalid.invalid/"),
                f.Text("summary"),
                ReadLifecycle(f),
                f.OptionalText("status"),
                f.Source()))
            .ToList();

    public static IReadOnlyList<LearningResourceEntry>? ReadLearning(ContentFile file, ContentErrors errors) =>
        Entries(file, TableSchemas.LearningFile, "resources", TableSchemas.LearningResource, errors)?
            .Select(f => new LearningResourceEntry(
                f.Text("slug"),
                f.Text("name"),
                f.Text("publisher"),
                f.Text("kind"),
                f.Url("url") ?? new Uri("https://invalid.invalid/"),
                f.TextList("tracks"),
                f.TextList("roles"),
                f.TextList("builds"),
                f.Text("summary"),
                f.Text("why"),
                f.Date("checked"),
                f.Source()))
            .ToList();

    public static SkillsTable? ReadSkills(ContentFile file, ContentErrors errors)
    {
        var mapping = YamlText.ParseMapping(file.Text, file.Path, 0, errors);
        if (mapping is null)
        {
            return null;
        }

        var fields = new YamlFields(mapping, TableSchemas.SkillsFile, file.Path, 0, errors);
        return new SkillsTable(
            [.. fields.Entries("categories", TableSchemas.SkillCategory).Select((c, order) => new SkillCategory(c.Text("slug"), c.Text("name"), order, c.Source()))],
            [.. fields.Entries("skills", TableSchemas.Skill).Select(s => new SkillEntry(s.Text("slug"), s.Text("name"), s.Text("category"), s.Text("description"), s.Source()))]);
    }

    public static IReadOnlyList<Framework>? ReadFrameworks(ContentFile file, ContentErrors errors) =>
        Entries(file, TableSchemas.FrameworksFile, "frameworks", TableSchemas.Framework, errors)?
            .Select(f => new Framework(
                f.Text("slug"),
                f.Text("name"),
                f.Text("publisher"),
                f.Text("version"),
                f.Url("url") ?? new Uri("https://invalid.invalid/"),
                f.Text("summary"),
                [.. f.Entries("entries", TableSchemas.FrameworkEntry).Select(e =>
                {
                    var id = e.Text("id");
                    return new FrameworkEntry(id, e.OptionalText("name") ?? id, e.IsWritten("source") ? e.Url("source") : null);
                })],
                f.Source()))
            .ToList();

    /// <summary>An unknown status reads as active here; the checks report it with the choices.</summary>
    private static CertificationLifecycle ReadLifecycle(YamlFields f)
    {
        var status = f.OptionalText("status") switch
        {
            "retiring" => CertificationStatus.Retiring,
            "retired" => CertificationStatus.Retired,
            _ => CertificationStatus.Active,
        };
        return new CertificationLifecycle(status, f.Date("retires"), f.Date("retired"), f.OptionalText("replaced_by"), f.Date("checked"));
    }

    /// <summary>Synonym groups; a term repeated anywhere in the file is reported where it repeats, since it would join two groups.</summary>
    public static IReadOnlyList<SynonymGroup>? ReadSynonyms(ContentFile file, ContentErrors errors)
    {
        var entries = Entries(file, TableSchemas.SynonymsFile, "synonyms", TableSchemas.SynonymGroup, errors);
        if (entries is null)
        {
            return null;
        }

        var seen = new Dictionary<string, TextPosition>(StringComparer.OrdinalIgnoreCase);
        var groups = new List<SynonymGroup>();
        foreach (var f in entries)
        {
            var terms = f.TextList("terms");
            var source = f.Source();
            for (var i = 0; i < terms.Count; i++)
            {
                var at = source.At($"terms[{i}]");
                if (!terms[i].Any(char.IsLetterOrDigit))
                {
                    errors.Add(file.Path, at, $"the synonym '{terms[i]}' has no letters or numbers, so search cannot use it \u2014 write a word or phrase");
                }
                else if (!seen.TryAdd(terms[i], at))
                {
                    errors.Add(file.Path, at, $"'{terms[i]}' is already a synonym on line {seen[terms[i]].Line} \u2014 a term belongs to one group; merge the two groups or remove one");
                }
            }

            if (terms.Count == 1)
            {
                errors.Add(file.Path, f.PositionOf("terms"), $"the group with '{terms[0]}' has one term, so it has nothing to mean the same as \u2014 add at least one more, or remove the group");
            }

            groups.Add(new SynonymGroup(terms, source));
        }

        return groups;
    }

    /// <returns>Null when the file is not readable YAML, so references into it are not reported again.</returns>
    private static IReadOnlyList<YamlFields>? Entries(ContentFile file, FieldSet fileSet, string key, FieldSet itemSet, ContentErrors errors)
    {
        var mapping = YamlText.ParseMapping(file.Text, file.Path, 0, errors);
        return mapping is null ? null : new YamlFields(mapping, fileSet, file.Path, 0, errors).Entries(key, itemSet);
    }
}
