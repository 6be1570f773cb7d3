namespace CareerPaths.Web.Options;

/// <summary>What a sub-path for the site looks like: "/careers" or "/a/b", never "careers", "/careers/" or "//x".</summary>
internal static class BasePaths
{
    public static bool IsValid(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return path.Length > 1
            && path.StartsWith('/')
            && !path.EndsWith('/')
            && !path.Contains("//", StringComparison.Ordinal)
            && !path.Any(c => char.IsWhiteSpace(c) || c is '?' or '#' or '\\');
    }
}
