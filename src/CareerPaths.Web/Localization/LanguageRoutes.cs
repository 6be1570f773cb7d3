using CareerPaths.Content.Model;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace CareerPaths.Web.Localization;

/// <summary>
/// Gives every page a twin route under each translation's prefix: /roles/{role} is also
/// es/roles/{role}, and the overview is also es/. Slugs are the same in every language, so a page
/// switches language by its prefix alone.
/// </summary>
internal sealed class LanguageRoutes : IPageRouteModelConvention
{
    public void Apply(PageRouteModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        foreach (var selector in model.Selectors.ToList())
        {
            var template = selector.AttributeRouteModel?.Template ?? string.Empty;
            foreach (var language in SiteLanguage.Translations)
            {
                model.Selectors.Add(new SelectorModel
                {
                    AttributeRouteModel = new AttributeRouteModel
                    {
                        Template = template.Length == 0 ? language.Code + "/" : $"{language.Code}/{template}",
                    },
                });
            }
        }
    }
}
