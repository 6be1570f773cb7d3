using CareerPaths.Content.Diagnostics;
using CareerPaths.Content.Model;

namespace CareerPaths.Content.Loading.Translations;

/// <summary>One language's interface text as read from i18n/&lt;code&gt;.yml, with where each key was written.</summary>
internal sealed record InterfaceTextFile(
    SiteLanguage Language,
    string Path,
    IReadOnlyDictionary<string, string> Texts,
    IReadOnlyDictionary<string, TextPosition> Positions);
