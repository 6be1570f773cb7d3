using CareerPaths.Content.Model;

namespace CareerPaths.Web.Pages.Frameworks;

/// <summary>The frameworks roles are mapped to, and every role with its crosswalk, in catalog order.</summary>
internal sealed record FrameworksView(IReadOnlyList<Framework> Frameworks, IReadOnlyList<Role> Roles)
{
    /// <summary>The version of a framework by its slug, for the table headings; empty when frameworks.yml does not list it.</summary>
    public string VersionOf(string slug) => Frameworks.FirstOrDefault(f => f.Slug == slug)?.Version ?? string.Empty;
}
