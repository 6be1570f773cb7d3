using CareerPaths.Content.Model;

namespace CareerPaths.Content.Loading;

/// <summary>A group of backgrounds.yml ("Technical Backgrounds") and its rows, before they are linked.</summary>
internal sealed record BackgroundGroupEntry(string Slug, string Name, IReadOnlyList<BackgroundEntry> Backgrounds, SourceRef Source);
