using CareerPaths.Content.Model;

namespace CareerPaths.Web.Pages.Resources;

/// <summary>The learning resources listed per track, then every resource in full.</summary>
internal sealed record LearningView(IReadOnlyList<(Track Track, IReadOnlyList<LearningResource> Resources)> ByTrack, IReadOnlyList<LearningResource> All)
{
    public static LearningView Of(Catalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return new LearningView(
            [.. catalog.Tracks.Select(track => (track, (IReadOnlyList<LearningResource>)[.. catalog.LearningResources.Where(r => r.Tracks.Contains(track))]))],
            catalog.LearningResources);
    }
}
