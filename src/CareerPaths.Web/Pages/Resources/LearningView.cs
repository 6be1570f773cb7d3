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

    /// <summary>A resource's kind ("course", "standard") in the page's language; a kind the interface text does not name is shown as written.</summary>
    public static string KindOf(InterfaceText text, LearningResource resource)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(resource);
        var key = "resources.kind-" + resource.Kind.Trim().ToLowerInvariant().Replace(' ', '-');
        return text.Has(key) ? text[key] : resource.Kind;
    }
}
