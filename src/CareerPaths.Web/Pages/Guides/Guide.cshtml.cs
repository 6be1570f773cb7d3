using CareerPaths.Content.Model;
using CareerPaths.Web.LiveContent;
using CareerPaths.Web.Pages.Common;
using Microsoft.AspNetCore.Mvc;

namespace CareerPaths.Web.Pages.Guides;

/// <summary>One audience guide.</summary>
public sealed class GuideModel(CatalogStore store) : SitePageModel(store)
{
    public Guide Guide { get; private set; } = null!;

    public IActionResult OnGet(string guide)
    {
        var found = Catalog.FindGuide(guide);
        if (found is null)
        {
            return NotFound();
        }

        Guide = found;
        var path = $"/guides/{found.Slug}";
        Meta = new PageMeta(found.Title, found.Summary, path)
        {
            Section = "/find-your-path",
            OpenGraphType = "article",
            Breadcrumbs = Trail(("Find your path", "/find-your-path"), (found.Audience, path)),
            SourceFile = found.Source.Path,
            StructuredData =
            [
                new Dictionary<string, object>
                {
                    ["@context"] = "https://schema.org",
                    ["@type"] = "Article",
                    ["headline"] = found.Title,
                    ["description"] = found.Summary,
                    ["audience"] = new Dictionary<string, object> { ["@type"] = "Audience", ["audienceType"] = found.Audience },
                    ["dateModified"] = found.Reviewed.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    ["url"] = Absolute(path),
                },
            ],
        };
        return Page();
    }
}
