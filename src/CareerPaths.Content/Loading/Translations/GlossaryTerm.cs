using CareerPaths.Content.Model;

namespace CareerPaths.Content.Loading.Translations;

/// <summary>One entry of a language's glossary: the English term, how the language says it, and why.</summary>
internal sealed record GlossaryTerm(SiteLanguage Language, string English, string Translation, string? Note, SourceRef Source);
