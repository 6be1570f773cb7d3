using CareerPaths.Content.Model;

namespace CareerPaths.Web.Pages.Resources;

/// <summary>A track's certification pathway: each level, lowest first, with the certifications for that track at it that are still awarded.</summary>
internal sealed record CertificationPathway(Track Track, IReadOnlyList<(Level Level, IReadOnlyList<Certification> Certifications)> Steps)
{
    public static CertificationPathway Of(Catalog catalog, Track track)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return new CertificationPathway(track, [.. catalog.Levels.Select(level =>
            (level, (IReadOnlyList<Certification>)[.. catalog.Certifications.Where(c => c.Level == level && c.Tracks.Contains(track) && c.Lifecycle.IsRecommendable)]))]);
    }
}
