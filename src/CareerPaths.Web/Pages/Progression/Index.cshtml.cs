using CareerPaths.Content.Loading;
using CareerPaths.Web.LiveContent;
using CareerPaths.Web.Pages.Common;

namespace CareerPaths.Web.Pages.Progression;

/// <summary>The progression: a timeline of the levels, a salary chart with its table, and the track ladders side by side.</summary>
internal sealed class IndexModel(CatalogStore store) : SectionPageModel(store, SiteSections.Progression, "nav.progression")
{
    public ProgressionView View { get; private set; } = null!;

    public void OnGet()
    {
        View = new ProgressionView(
            Catalog.Levels,
            SalaryChart.Render(Catalog.Levels, T, "salary-chart-title", "salary-chart-desc"),
            ProgressionView.NoteOnOpenEnded(Catalog.Levels, T),
            ProgressionView.SourcesOf(Catalog.Levels, T),
            [.. Catalog.Tracks.Select(track => ProgressionLadder.Of(Catalog, track))]);
        Meta = SectionMeta();
    }
}
