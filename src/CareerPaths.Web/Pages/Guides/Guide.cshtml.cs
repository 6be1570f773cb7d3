using CareerPaths.Content.Addresses;
using CareerPaths.Content.Model;
using CareerPaths.Web.LiveContent;
using CareerPaths.Web.Pages.Common;

namespace CareerPaths.Web.Pages.Guides;

/// <summary>One audience guide.</summary>
internal sealed class GuideModel(CatalogStore store) : EntryPageModel<Guide, GuideView>(store)
{
    protected override Guide? Find(string slug) => Catalog.FindGuide(slug);

    protected override GuideView Show(Guide guide) => new(guide, [.. Catalog.Guides.Where(g => g != guide)]);

    protected override PageMeta Describe(Guide found)
    {
        var path = SiteMap.Guide(found);
        return new PageMeta(found.Title, found.Summary, path)
        {
            Section = SiteMap.FindYourPath,
            OpenGraphType = "article",
            Breadcrumbs = Trail((T["nav.find-your-path"], SiteMap.FindYourPath), (found.Audience, path)),
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
    }
}
