namespace CareerPaths.Content.Addresses;

/// <summary>
/// An address inside the site, relative to its root ("/roles/ai-security-engineer"), before any
/// base path or language prefix is put in front. Only <see cref="SiteMap"/> makes them, so no other
/// code can spell a route by hand; the web project turns them into links.
/// </summary>
public readonly record struct SitePath
{
    internal SitePath(string value, bool isShared = false)
    {
        Value = value;
        IsShared = isShared;
    }

    /// <summary>
    /// True for the few addresses every language shares (sitemap.xml, robots.txt, the health check,
    /// the stylesheet, the data schema); every other address has a twin in each language.
    /// </summary>
    public bool IsShared { get; }

    /// <summary>The path, query and fragment, always starting with "/".</summary>
    public string Value { get; }

    /// <summary>The same address pointing at an element of the page: "/resources/learning#nist-ai-rmf".</summary>
    public SitePath At(string fragment)
    {
        ArgumentNullException.ThrowIfNull(fragment);
        return new SitePath($"{Value}#{Uri.EscapeDataString(fragment)}", IsShared);
    }

    /// <summary>The path alone, without query or fragment, as routing and the sitemap see it.</summary>
    public string PathOnly => Value.Split('?', '#')[0];

    public override string ToString() => Value;
}
