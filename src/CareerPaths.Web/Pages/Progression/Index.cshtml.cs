using CareerPaths.Content.Loading;
using CareerPaths.Web.LiveContent;
using CareerPaths.Web.Pages.Common;
using Microsoft.AspNetCore.Html;

namespace CareerPaths.Web.Pages.Progression;

/// <summary>The progression: a timeline of the levels, a salary chart with its table, and the track ladders side by side.</summary>
public sealed class IndexModel(CatalogStore store) : SectionPageModel(store, SiteSections.Progression, "Progression")
{
    public IHtmlContent ChartSvg => SalaryChart.Render(Catalog.Levels, "salary-chart-title", "salary-chart-desc");

    public void OnGet() => Meta = SectionMeta();
}
