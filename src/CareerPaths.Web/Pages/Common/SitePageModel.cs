using CareerPaths.Content;
using CareerPaths.Content.Addresses;
using CareerPaths.Content.Model;
using CareerPaths.Web.Addresses;
using CareerPaths.Web.LiveContent;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerPaths.Web.Pages.Common;

/// <summary>
/// The base of every page: it takes one catalog snapshot when the request starts, so everything
/// the page shows comes from the same version even if a reload lands mid-request.
/// </summary>
internal abstract class SitePageModel(CatalogStore store) : PageModel
{
    /// <summary>The layout reads it for the content-error banner and the track colours.</summary>
    public CatalogSnapshot Snapshot => _snapshot ??= RequestSnapshot.Of(HttpContext, store);

    private CatalogSnapshot? _snapshot;

    /// <summary>The language of this page, from its address.</summary>
    public SiteLanguage Language => SiteLinks.LanguageOf(HttpContext);

    /// <summary>The site in this page's language: its catalog and search index.</summary>
    protected CatalogEdition Edition => _edition ??= Snapshot.Edition(Language);

    private CatalogEdition? _edition;

    /// <summary>For the page model alone: a view shows what its page model worked out, never queries the catalog itself.</summary>
    protected Content.Model.Catalog Catalog => Edition.Catalog;

    /// <summary>The interface text in this page's language, for titles, descriptions and labels worked out in C#.</summary>
    public InterfaceText T => Catalog.Text;

    public PageMeta Meta { get; protected set; } = new("CareerPaths", string.Empty, SiteMap.Home);

    /// <summary>Links for this request: under its base path.</summary>
    public SiteLinks Links => HttpContext.RequestServices.GetRequiredService<SiteLinks>();

    /// <summary>The absolute address of a site path, for canonical links and structured data.</summary>
    protected string Absolute(SitePath path) => Links.Absolute(path);

    /// <summary>Builds the breadcrumb trail Overview › ... › this page.</summary>
    protected IReadOnlyList<Crumb> Trail(params (string Name, SitePath Path)[] steps) =>
        [new Crumb(T["nav.overview"], SiteMap.Home), .. steps.Select(s => new Crumb(s.Name, s.Path))];
}
