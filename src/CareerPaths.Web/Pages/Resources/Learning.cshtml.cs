using CareerPaths.Content.Loading;
using CareerPaths.Web.LiveContent;

namespace CareerPaths.Web.Pages.Resources;

internal sealed class LearningModel(CatalogStore store) : ResourcePageModel<LearningView>(store, SiteSections.Learning)
{
    protected override LearningView Show() => LearningView.Of(Catalog);
}
