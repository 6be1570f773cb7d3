using CareerPaths.Content.Diagnostics;
using CareerPaths.Content.Model;

namespace CareerPaths.Content.Tests.Translations;

/// <summary>
/// The rules validate applies to translations (content/README.md, "Translations"): each names an
/// original that exists, carries only words, keeps its rows' slugs, and is flagged when its
/// original was reviewed after it; the interface text has the same keys and placeholders in every language.
/// </summary>
public sealed class TranslationRulesTests
{
    private const string SpanishEngineer = """
        ---
        title: Ingeniero de prueba
        summary: El puesto de ingeniero de prueba.
        reviewed: 2026-12-01
        ---
        El ingeniero de prueba trabaja con sistemas de IA. Consulta [al arquitecto](/roles/architect).
        """;

    [Fact]
    public void A_translated_role_takes_its_words_from_the_translation_and_every_fact_from_the_original()
    {
        using var fixture = ContentFixture.Create();
        fixture.Write("es/roles/engineer.md", SpanishEngineer);

        var result = fixture.Load();

        Assert.DoesNotContain(result.Errors, e => e.IsError);
        var english = result.Catalog!.FindRole("engineer")!;
        var spanish = result.Edition(SiteLanguage.Spanish)!.Catalog.FindRole("engineer")!;
        Assert.Equal("Ingeniero de prueba", spanish.Title);
        Assert.Equal("El puesto de ingeniero de prueba.", spanish.Summary);
        Assert.Contains("trabaja con sistemas de IA", spanish.Body.Html, StringComparison.Ordinal);
        Assert.Equal(english.Responsibilities, spanish.Responsibilities);
        Assert.Equal(english.Track.Slug, spanish.Track.Slug);
        Assert.Equal(english.Level.Slug, spanish.Level.Slug);
        Assert.Equal(english.NextSteps.Select(r => r.Slug), spanish.NextSteps.Select(r => r.Slug));
        Assert.Equal(english.SkillNeeds.Select(n => (n.Skill.Slug, n.Level)), spanish.SkillNeeds.Select(n => (n.Skill.Slug, n.Level)));
        Assert.False(result.Edition(SiteLanguage.Spanish)!.Catalog.IsUntranslated(spanish.Source.Path));
    }

    [Fact]
    public void A_role_with_no_translation_keeps_its_english_words_and_is_marked_untranslated()
    {
        using var fixture = ContentFixture.Create();

        var result = fixture.Load();

        var spanish = result.Edition(SiteLanguage.Spanish)!.Catalog;
        var role = spanish.FindRole("engineer")!;
        Assert.Equal(result.Catalog!.FindRole("engineer")!.Title, role.Title);
        Assert.True(spanish.IsUntranslated(role.Source.Path));
        Assert.False(result.Catalog.IsUntranslated(role.Source.Path));
    }

    [Theory]
    [InlineData("track: governance")]
    [InlineData("level: advanced")]
    [InlineData("next: [chief]")]
    [InlineData("order: 3")]
    public void A_structural_field_in_a_translation_is_an_error_on_its_line_that_sends_the_editor_to_the_original(string field)
    {
        using var fixture = ContentFixture.Create();
        fixture.Write("es/roles/engineer.md", SpanishEngineer.Replace("reviewed: 2026-12-01", "reviewed: 2026-12-01\n" + field, StringComparison.Ordinal));

        var result = fixture.Load();

        Assert.Null(result.Catalog);
        var name = field[..field.IndexOf(':', StringComparison.Ordinal)];
        var error = Assert.Single(result.Errors, e => e.IsError);
        Assert.Equal("content/es/roles/engineer.md", error.File);
        Assert.Equal(5, error.Position.Line);
        Assert.StartsWith($"'{name}' is not translated: it comes from the original, content/roles/engineer.md", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_translation_without_an_original_is_an_error_that_suggests_the_nearest_file()
    {
        using var fixture = ContentFixture.Create();
        fixture.Write("es/roles/enginer.md", SpanishEngineer);

        var result = fixture.Load();

        var error = Assert.Single(result.Errors, e => e.IsError);
        Assert.Equal("content/es/roles/enginer.md", error.File);
        Assert.Contains("there is no original content/roles/enginer.md", error.Message, StringComparison.Ordinal);
        Assert.Contains("roles/engineer.md", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_translation_of_a_file_that_is_not_translated_is_an_error()
    {
        using var fixture = ContentFixture.Create();
        fixture.Write("es/certifications.yml", "certifications: []\n");

        var error = Assert.Single(fixture.Load().Errors, e => e.IsError);

        Assert.Equal("content/es/certifications.yml", error.File);
        Assert.Contains("this file is not translated", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_translation_older_than_its_originals_review_is_warned_as_maybe_out_of_date_and_still_served()
    {
        using var fixture = ContentFixture.Create();
        fixture.Write("es/roles/engineer.md", SpanishEngineer.Replace("reviewed: 2026-12-01", "reviewed: 2026-11-01", StringComparison.Ordinal));

        var result = fixture.Load();

        Assert.NotNull(result.Catalog);
        var warning = Assert.Single(result.Errors, e => e.Message.StartsWith("translation may be out of date", StringComparison.Ordinal));
        Assert.Equal(ErrorSeverity.Warning, warning.Severity);
        Assert.Equal("content/es/roles/engineer.md", warning.File);
        Assert.Equal(4, warning.Position.Line);
        Assert.Contains("content/roles/engineer.md was reviewed on 2026-11-27, after this translation (2026-11-01)", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_translated_table_row_must_keep_the_slug_of_a_row_the_original_has()
    {
        using var fixture = ContentFixture.Create();
        fixture.Write("es/levels.yml", "levels:\n  - slug: entyr\n    name: Nivel inicial\n");

        var error = Assert.Single(fixture.Load().Errors, e => e.IsError);

        Assert.Equal("content/es/levels.yml", error.File);
        Assert.Equal(2, error.Position.Line);
        Assert.Contains("has no entry 'entyr' under levels", error.Message, StringComparison.Ordinal);
        Assert.Contains("'entry'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_translated_level_keeps_its_years_and_salary_from_the_original()
    {
        using var fixture = ContentFixture.Create();
        fixture.Write("es/levels.yml", "levels:\n  - slug: entry\n    name: Nivel inicial\n    focus: Aprender los fundamentos.\n");

        var result = fixture.Load();

        var english = result.Catalog!.FindLevel("entry")!;
        var spanish = result.Edition(SiteLanguage.Spanish)!.Catalog.FindLevel("entry")!;
        Assert.Equal("Nivel inicial", spanish.Name);
        Assert.Equal("Aprender los fundamentos.", spanish.Focus);
        Assert.Equal(english.Label, spanish.Label);
        Assert.Equal((english.YearsMin, english.YearsMax, english.Salary.Min, english.Salary.Max), (spanish.YearsMin, spanish.YearsMax, spanish.Salary.Min, spanish.Salary.Max));
    }

    [Fact]
    public void A_salary_in_a_translated_level_is_an_error()
    {
        using var fixture = ContentFixture.Create();
        fixture.Write("es/levels.yml", "levels:\n  - slug: entry\n    name: Nivel inicial\n    salary_min: 70000\n");

        var error = Assert.Single(fixture.Load().Errors, e => e.IsError);

        Assert.Equal(4, error.Position.Line);
        Assert.StartsWith("'salary_min' is not translated: it comes from the original, content/levels.yml", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_interface_key_missing_from_a_language_is_an_error_that_quotes_the_english()
    {
        using var fixture = ContentFixture.Create();
        var spanish = Path.Combine(fixture.Directory, "i18n", "es.yml");
        var lines = File.ReadAllLines(spanish).ToList();
        var dropped = lines.FindIndex(l => l.StartsWith("  skip-link:", StringComparison.Ordinal));
        lines.RemoveAt(dropped);
        File.WriteAllLines(spanish, lines);

        var error = Assert.Single(fixture.Load().Errors, e => e.IsError);

        Assert.Equal("content/i18n/es.yml", error.File);
        Assert.StartsWith("'layout.skip-link' is missing \u2014 content/i18n/en.yml has it", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_interface_key_only_one_translation_has_is_an_error_on_its_line()
    {
        using var fixture = ContentFixture.Create();
        File.AppendAllText(Path.Combine(fixture.Directory, "i18n", "es.yml"), "\nextra:\n  greeting: Hola\n");

        var error = Assert.Single(fixture.Load().Errors, e => e.IsError);

        Assert.Equal("content/i18n/es.yml", error.File);
        Assert.True(error.Position.Line > 1);
        Assert.StartsWith("'extra.greeting' is not in content/i18n/en.yml", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_translated_interface_text_that_loses_a_placeholder_is_an_error()
    {
        using var fixture = ContentFixture.Create();
        var spanish = Path.Combine(fixture.Directory, "i18n", "es.yml");
        var text = File.ReadAllText(spanish);
        var line = text.Split('\n').First(l => l.Contains("{site}", StringComparison.Ordinal));
        File.WriteAllText(spanish, text.Replace(line, line.Replace("{site}", "El sitio", StringComparison.Ordinal), StringComparison.Ordinal));

        var error = Assert.Single(fixture.Load().Errors, e => e.IsError);

        Assert.Contains("must have the same placeholders as the English text: {site}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_interface_file_is_an_error_that_names_it()
    {
        using var fixture = ContentFixture.Create();
        File.Delete(Path.Combine(fixture.Directory, "i18n", "es.yml"));

        var error = Assert.Single(fixture.Load().Errors, e => e.IsError);

        Assert.Equal("content/i18n/es.yml", error.File);
        Assert.StartsWith("this file is missing", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("---\ntitle: [unclosed\n---\nTexto.\n")]
    [InlineData("---\ntitle: Ingeniero\n")]
    [InlineData("\u0000\u0001binary")]
    [InlineData("---\n- a\n- b\n---\nTexto.\n")]
    public void A_broken_translation_is_an_error_naming_it_and_never_a_crash(string text)
    {
        using var fixture = ContentFixture.Create();
        fixture.Write("es/roles/engineer.md", text);

        var result = fixture.Load();

        Assert.Null(result.Catalog);
        Assert.Contains(result.Errors, e => e.IsError && e.File == "content/es/roles/engineer.md");
    }
}
