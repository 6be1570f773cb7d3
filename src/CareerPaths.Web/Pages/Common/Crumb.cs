using CareerPaths.Content.Addresses;
namespace CareerPaths.Web.Pages.Common;

/// <summary>One step of a breadcrumb trail: what it is called and where it is.</summary>
internal sealed record Crumb(string Name, SitePath Path);
