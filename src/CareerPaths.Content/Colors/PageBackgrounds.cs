using System.Text.RegularExpressions;

namespace CareerPaths.Content.Colors;

/// <summary>
/// The backgrounds that track colours are drawn against, in light and in dark mode, read from the
/// site's own stylesheet (linked into this assembly at build time) so the contrast check can never
/// drift from what visitors see. Each mode has the page background and the card background,
/// because a track's border runs between the two.
/// </summary>
public sealed partial class PageBackgrounds
{
    public const string StylesheetResource = "CareerPaths.Content.site.css";

    private static readonly (string Variable, string Name)[] Variables = [("--bg", "page background"), ("--surface", "card background")];

    private PageBackgrounds(IReadOnlyList<(string Name, RgbColor Color)> light, IReadOnlyList<(string Name, RgbColor Color)> dark)
    {
        Light = light;
        Dark = dark;
    }

    /// <summary>The backgrounds of the site's stylesheet.</summary>
    public static PageBackgrounds Site { get; } = FromStylesheet(ReadStylesheet());

    public IReadOnlyList<(string Name, RgbColor Color)> Light { get; }

    public IReadOnlyList<(string Name, RgbColor Color)> Dark { get; }

    /// <summary>Reads --bg and --surface from the top-level :root rule and from the :root rule for dark mode.</summary>
    public static PageBackgrounds FromStylesheet(string css)
    {
        ArgumentNullException.ThrowIfNull(css);
        var light = LightRoot().Match(css);
        var dark = DarkRoot().Match(css);
        if (!light.Success || !dark.Success)
        {
            throw new InvalidOperationException("site.css needs a top-level :root rule and a :root rule inside @media (prefers-color-scheme: dark); the track colour check reads the backgrounds from them.");
        }

        return new PageBackgrounds(Read(light.Groups["body"].Value, "light"), Read(dark.Groups["body"].Value, "dark"));
    }

    private static List<(string Name, RgbColor Color)> Read(string rule, string mode) =>
        [.. Variables.Select(v =>
        {
            var match = Regex.Match(rule, $@"(?<![\w-]){Regex.Escape(v.Variable)}\s*:\s*(?<value>#[0-9a-fA-F]+)\s*;", RegexOptions.None, TimeSpan.FromSeconds(1));
            return match.Success && RgbColor.TryParse(match.Groups["value"].Value, out var color)
                ? (v.Name, color)
                : throw new InvalidOperationException($"site.css has no hex colour for {v.Variable} in its {mode} :root rule; the track colour check needs it.");
        })];

    private static string ReadStylesheet()
    {
        using var stream = typeof(PageBackgrounds).Assembly.GetManifestResourceStream(StylesheetResource)
            ?? throw new InvalidOperationException($"The embedded stylesheet {StylesheetResource} is missing; see CareerPaths.Content.csproj.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    // A rule at the start of a line is top level; the one for dark mode is the :root inside its media query.
    [GeneratedRegex(@"^:root\s*\{(?<body>[^}]*)\}", RegexOptions.Multiline)]
    private static partial Regex LightRoot();

    [GeneratedRegex(@"@media\s*\(\s*prefers-color-scheme\s*:\s*dark\s*\)\s*\{\s*:root\s*\{(?<body>[^}]*)\}")]
    private static partial Regex DarkRoot();
}
