namespace CareerPaths.Web.Pages.Common;

/// <summary>
/// How many roles an overview list shows per track and level before linking to the full,
/// filtered list. The real content never reaches it; a catalog of thousands stays readable.
/// </summary>
internal static class ListLimits
{
    public const int PerLevel = 6;
}
