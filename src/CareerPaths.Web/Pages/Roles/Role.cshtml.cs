using CareerPaths.Content.Addresses;
using CareerPaths.Content.Model;
using CareerPaths.Web.LiveContent;
using CareerPaths.Web.Pages.Common;

namespace CareerPaths.Web.Pages.Roles;

/// <summary>One position, with where it sits, what it takes, who moves into it and where it leads.</summary>
internal sealed class RoleModel(CatalogStore store) : EntryPageModel<Role, RoleView>(store)
{
    protected override Role? Find(string slug) => Catalog.FindRole(slug);

    protected override RoleView Show(Role role) => RoleView.Of(Catalog, role);

    protected override PageMeta Describe(Role found)
    {
        var track = found.Track;
        var path = SiteMap.Role(found);
        return new PageMeta(found.Title, found.Summary, path)
        {
            Section = SiteMap.Roles(),
            OpenGraphType = "article",
            Breadcrumbs = Trail((T["role.crumb"], SiteMap.Roles()), (track.Name, SiteMap.Roles(track.Slug)), (found.Title, path)),
            SourceFile = found.Source.Path,
            StructuredData = [StructuredData.Occupation(found, Absolute(path), T)],
        };
    }
}
