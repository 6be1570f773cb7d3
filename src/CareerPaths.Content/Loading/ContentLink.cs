using CareerPaths.Content.Diagnostics;

namespace CareerPaths.Content.Loading;

/// <summary>A link written in Markdown, remembered with its place so a broken one can be reported precisely.</summary>
public sealed record ContentLink(string Path, TextPosition Position, string Url);
