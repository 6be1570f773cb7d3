using CareerPaths.Content.Addresses;
namespace CareerPaths.Web.Pages.Common;

/// <summary>
/// What the layout needs to know about a page: its title and description (also used for Open
/// Graph), its canonical path, the navigation section it belongs to, its breadcrumb trail, any
/// schema.org data beyond the breadcrumb, and the content file it was built from.
/// </summary>
internal sealed record PageMeta(string Title, string Description, SitePath Path)
{
    /// <summary>The primary navigation entry to mark as current, such as the roles list.</summary>
    public SitePath? Section { get; init; } = Path;

    /// <summary>The trail from the overview to this page; the last crumb is the page itself.</summary>
    public IReadOnlyList<Crumb> Breadcrumbs { get; init; } = [];

    public IReadOnlyList<object> StructuredData { get; init; } = [];

    /// <summary>The content file behind the page, relative to the content folder, for "Edit this page".</summary>
    public string? SourceFile { get; init; }

    public string OpenGraphType { get; init; } = "website";

    /// <summary>Search and result pages should not be indexed.</summary>
    public bool NoIndex { get; init; }
}
