using CareerPaths.Content.Loading;
using CareerPaths.Content.Model;
using CareerPaths.Web.LiveContent;
using CareerPaths.Web.Pages.Common;

namespace CareerPaths.Web.Pages.Progression;

/// <summary>The progression: a timeline of the four levels, a salary chart with its table, and the three track ladders.</summary>
public sealed class IndexModel(CatalogStore store) : SitePageModel(store)
{
    public SectionPage Section => Catalog.Page(SiteSections.Progression);

    public string ChartSvg { get; private set; } = string.Empty;

    public void OnGet()
    {
        ChartSvg = SalaryChart.Render(Catalog.Levels, "salary-chart-title", "salary-chart-desc");
        Meta = SectionMeta(Section, "/progression", "Progression");
    }
}
